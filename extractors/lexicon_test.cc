#include "extractors/lexicon.h"

#include <filesystem>
#include <fstream>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

TEST(LexiconTest, BuiltinsLoadWithClasses) {
  absl::StatusOr<Lexicons> lex = LoadLexicons({});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->VerbClass("said"), CueClass::kNeutral);
  EXPECT_EQ(lex->VerbClass("insisted"), CueClass::kLoaded);
  EXPECT_EQ(lex->VerbClass("denied"), CueClass::kDenial);
  EXPECT_EQ(lex->VerbClass("warned"), CueClass::kWarning);
  EXPECT_EQ(lex->VerbClass("believes"), CueClass::kBelief);
  EXPECT_EQ(lex->VerbClass("criticized"), CueClass::kAttitude);
  EXPECT_EQ(lex->VerbClass("may"), CueClass::kNone);
  EXPECT_TRUE(lex->title_abbreviations.contains("Gov"));
  EXPECT_TRUE(lex->other_abbreviations.contains("U.S"));
  EXPECT_TRUE(lex->titles.contains("secretary of state"));
  EXPECT_TRUE(lex->places.contains("Ukraine"));
}

// The flags of one lowercase word, 0 when the word is not in the table.
uint64_t FlagsOf(const Lexicons& lex, const std::string& word) {
  const WordInfo* info = lex.word_info.Find(word);
  return info == nullptr ? 0 : info->flags;
}

TEST(LexiconTest, WordInfoHoldsEveryClassOfAWord) {
  const Lexicons& lex = BuiltinLexicons();
  // "of" is also the second word of a falsity phrase ("pack of lies").
  EXPECT_EQ(FlagsOf(lex, "of"), kFlagPreposition | kFlagFunctionWord | kFlagNameJoiner | kFlagTitleMinorWord |
                                    kFlagFalsitySecond);
  EXPECT_EQ(FlagsOf(lex, "told"), kFlagAgentless | kFlagStrongVerb | kFlagTakesAddressee);
  EXPECT_EQ(lex.word_info.Find("told")->cue_class, static_cast<uint8_t>(CueClass::kNeutral));
  EXPECT_EQ(lex.word_info.Find("she")->pronoun, static_cast<uint8_t>(PronounKind::kPerson) + 1);
  EXPECT_EQ(lex.word_info.Find("may")->capitalized_flags, kFlagMonth);
  EXPECT_TRUE(FlagsOf(lex, "officials") & kFlagSpeakerNoun);
  EXPECT_FALSE(FlagsOf(lex, "officials") & kFlagBodyNoun);
  EXPECT_EQ(FlagsOf(lex, "emails") & (kFlagSpeakerNoun | kFlagBodyNoun), kFlagSpeakerNoun | kFlagBodyNoun);
  EXPECT_TRUE(FlagsOf(lex, "president") & kFlagTitle);
  EXPECT_FALSE(FlagsOf(lex, "zzz") & kFlagTitle);
  // First tokens as running text has them: "Gov." is "Gov" and a period,
  // "U.S. Attorney" starts with "U.S".
  EXPECT_TRUE(lex.title_first_words.contains("gov"));
  EXPECT_TRUE(lex.title_first_words.contains("u.s"));
  EXPECT_TRUE(FlagsOf(lex, "secretary") & kFlagTitleFirst);
  EXPECT_TRUE(FlagsOf(lex, "gov") & kFlagMaybeTitleAbbreviation);
  EXPECT_TRUE(lex.place_first_words.contains("United"));
  EXPECT_TRUE(FlagsOf(lex, "united") & kFlagMaybePlaceFirst);
  // Organisation words flag their possessive too.
  EXPECT_TRUE(FlagsOf(lex, "ministry") & kFlagMaybeOrganisationWord);
  EXPECT_TRUE(FlagsOf(lex, "ministry’s") & kFlagMaybeOrganisationWord);
  EXPECT_TRUE(FlagsOf(lex, "supported") & kFlagEvidenceFirst);
  EXPECT_TRUE(FlagsOf(lex, "hoax") & kFlagFalsityFirst);
  // "supported by": "supported" needs "by" after it; "hoax" stands alone.
  EXPECT_TRUE(FlagsOf(lex, "by") & kFlagEvidenceSecond);
  EXPECT_FALSE(FlagsOf(lex, "supported") & kFlagEvidenceAlone);
  EXPECT_TRUE(FlagsOf(lex, "hoax") & kFlagFalsityAlone);
}

TEST(WordTableTest, FindsWhatWasInsertedAndNothingElse) {
  WordTable table;
  EXPECT_EQ(table.Find("said"), nullptr);  // empty table
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i) + std::string(i % 20, 'x'));
  for (size_t i = 0; i < words.size(); ++i) table[words[i]].flags = i + 1;
  ASSERT_EQ(table.size(), words.size());
  for (size_t i = 0; i < words.size(); ++i) {
    const WordInfo* info = table.Find(words[i]);
    ASSERT_NE(info, nullptr) << words[i];
    EXPECT_EQ(info->flags, i + 1) << words[i];
  }
  EXPECT_EQ(table.Find("w1xx"), nullptr);  // "w1x" is there, not "w1xx"
  EXPECT_NE(table.Find("w1x"), nullptr);
  EXPECT_EQ(table.Find(""), nullptr);
  table[""].cue_class = 3;  // an empty key is a key like any other
  EXPECT_EQ(table.Find("")->cue_class, 3);
  table["w7xxxxxxx"].flags |= 1u << 20;  // an existing key is updated, not duplicated
  EXPECT_EQ(table.size(), words.size() + 1);
  EXPECT_EQ(table.Find("w7xxxxxxx")->flags, 8u | (1u << 20));
}

TEST(LexiconTest, ExtraEntriesGetTheirFlags) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_flags";
  fs::create_directories(dir);
  std::ofstream(dir / "speaker_nouns.txt") << "pundits\n";
  std::ofstream(dir / "titles.txt") << "Grand Vizier\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(FlagsOf(*lex, "pundits"), kFlagSpeakerNoun);
  EXPECT_EQ(FlagsOf(*lex, "grand"), kFlagTitleFirst);
  EXPECT_EQ(FlagsOf(*lex, "vizier"), 0u);
}

TEST(LexiconTest, SpeakerNounsMayBeMarkedAsBodies) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_body";
  fs::create_directories(dir);
  std::ofstream(dir / "speaker_nouns.txt") << "pundit\nthink tank\tbody\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_TRUE(lex->body_nouns.contains("think tank"));
  EXPECT_FALSE(lex->body_nouns.contains("pundit"));
  EXPECT_TRUE(lex->body_nouns.contains("company"));  // built in
  std::ofstream(dir / "speaker_nouns.txt") << "pundit\tperson\n";
  lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().message(),
            (dir / "speaker_nouns.txt").string() + ":1: unknown mark 'person' (expected body)");
}

TEST(LexiconTest, KindAdjectivesMayBeMarkedAsPartyWords) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_party";
  fs::create_directories(dir);
  std::ofstream(dir / "kind_adjectives.txt") << "Whig\tparty\nCoastal\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_TRUE(lex->party_words.contains("Whig"));
  EXPECT_TRUE(lex->kind_adjectives.contains("Whig"));
  EXPECT_FALSE(lex->party_words.contains("Coastal"));
  EXPECT_TRUE(lex->kind_adjectives.contains("Coastal"));
  EXPECT_TRUE(lex->party_words.contains("Democrat"));  // built in
  EXPECT_FALSE(lex->party_words.contains("White"));    // a kind, and a surname
  std::ofstream(dir / "kind_adjectives.txt") << "Whig\tparties\n";
  lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().message(),
            (dir / "kind_adjectives.txt").string() + ":1: unknown mark 'parties' (expected party)");
}

TEST(LexiconTest, ExtraDirectoryAddsEntries) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_extra";
  fs::create_directories(dir);
  std::ofstream(dir / "reporting_verbs.tsv") << "# house verbs\nloaded\tharrumphed\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->VerbClass("harrumphed"), CueClass::kLoaded);
}

TEST(LexiconTest, BadLinesNameFileAndLine) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_bad";
  fs::create_directories(dir);
  std::ofstream(dir / "reporting_verbs.tsv") << "loaded\tharrumphed\nsnide\tsniffed\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(lex.status().message(),
            (dir / "reporting_verbs.tsv").string() +
                ":2: unknown class 'snide' (expected neutral, loaded, denial, warning, belief or attitude)");
  std::ofstream(dir / "reporting_verbs.tsv") << "loaded\tsaid\n";
  lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().message(), (dir / "reporting_verbs.tsv").string() +
                                        ":1: 'said' is already listed as neutral; a form has one class");
}

TEST(LexiconTest, ClosedClassesAreDataThatAnExtraDirectoryExtends) {
  // A word class's members come from word_classes.tsv.
  const Lexicons& builtin = BuiltinLexicons();
  EXPECT_TRUE(FlagsOf(builtin, "dozens") & kFlagVagueQuantity);
  EXPECT_TRUE(FlagsOf(builtin, "dubbed") & kFlagNamingWord);
  EXPECT_TRUE(FlagsOf(builtin, "memoir") & kFlagTitledNoun);
  EXPECT_TRUE(FlagsOf(builtin, "through") & kFlagTitleMinorWord);
  EXPECT_EQ(builtin.word_info.Find("friday")->capitalized_flags, kFlagWeekday);
  EXPECT_FALSE(FlagsOf(builtin, "umpteen") & kFlagVagueQuantity);
  fs::path dir = fs::path(::testing::TempDir()) / "lex_classes";
  fs::create_directories(dir);
  std::ofstream(dir / "word_classes.tsv") << "# our additions\nvague_quantity\tUmpteen\nmonth\tsept.\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_TRUE(FlagsOf(*lex, "umpteen") & kFlagVagueQuantity);
  EXPECT_TRUE(FlagsOf(*lex, "dozens") & kFlagVagueQuantity);  // added to, not replaced
  EXPECT_EQ(lex->word_info.Find("sept.")->capitalized_flags, kFlagMonth);
}

TEST(LexiconTest, PercentReplaceReplacesTheBuiltinFile) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_replace";
  fs::create_directories(dir);
  std::ofstream(dir / "word_classes.tsv") << "# a house grammar\n%replace\nmonth\tmay\n";
  std::ofstream(dir / "reporting_verbs.tsv") << "%replace\nloaded\tsaid\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_EQ(lex->word_info.Find("may")->capitalized_flags, kFlagMonth);
  EXPECT_EQ(lex->word_info.Find("june"), nullptr);
  EXPECT_FALSE(FlagsOf(*lex, "the") & kFlagDeterminer);
  // The built-in class of "said" is gone with its file, so it may change.
  EXPECT_EQ(lex->VerbClass("said"), CueClass::kLoaded);
  EXPECT_EQ(lex->VerbClass("insisted"), CueClass::kNone);
  // Files not replaced keep their built-in entries.
  EXPECT_TRUE(lex->titles.contains("secretary of state"));
}

TEST(LexiconTest, WordClassErrorsNameFileAndLine) {
  fs::path dir = fs::path(::testing::TempDir()) / "lex_class_bad";
  fs::create_directories(dir);
  const std::string file = (dir / "word_classes.tsv").string();
  std::ofstream(file) << "adverb\tanon\nnoun\ttable\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
  const std::string expected = file + ":2: unknown word class 'noun' (expected one of month, weekday, ";
  EXPECT_EQ(lex.status().message().substr(0, expected.size()), expected);
  std::ofstream(file) << "adverb\tanon\n%replace\n";
  lex = LoadLexicons({dir.string()});
  EXPECT_EQ(lex.status().message(), file + ":2: %replace must come before the file's first entry");
}

TEST(LexiconTest, WordSetsAreDataAsWritten) {
  const Lexicons& builtin = BuiltinLexicons();
  EXPECT_TRUE(builtin.InSet(WordSet::kTimeAfterCue, "week"));
  EXPECT_TRUE(builtin.InSet(WordSet::kPostNominal, "QC"));
  EXPECT_FALSE(builtin.InSet(WordSet::kPostNominal, "qc"));  // case as written
  EXPECT_FALSE(builtin.InSet(WordSet::kCircleNoun, "entourage"));
  fs::path dir = fs::path(::testing::TempDir()) / "lex_sets";
  fs::create_directories(dir);
  const std::string file = (dir / "word_sets.tsv").string();
  std::ofstream(file) << "circle_noun\tentourage\n";
  absl::StatusOr<Lexicons> lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_TRUE(lex->InSet(WordSet::kCircleNoun, "entourage"));
  EXPECT_TRUE(lex->InSet(WordSet::kCircleNoun, "aides"));
  std::ofstream(file) << "%replace\ncircle_noun\tentourage\n";
  lex = LoadLexicons({dir.string()});
  ASSERT_TRUE(lex.ok()) << lex.status();
  EXPECT_FALSE(lex->InSet(WordSet::kCircleNoun, "aides"));
  EXPECT_FALSE(lex->InSet(WordSet::kTimeAfterCue, "week"));
  std::ofstream(file) << "circle\tentourage\n";
  lex = LoadLexicons({dir.string()});
  const std::string expected = file + ":1: unknown word set 'circle' (expected one of post_nominal, ";
  EXPECT_EQ(lex.status().message().substr(0, expected.size()), expected);
}

TEST(LexiconTest, MissingDirectoryIsAnError) {
  absl::StatusOr<Lexicons> lex = LoadLexicons({"/nonexistent/lexicons"});
  EXPECT_EQ(lex.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(lex.status().message(),
            "/nonexistent/lexicons: no such directory (--lexicons takes a directory of files named "
            "like the built-in ones, e.g. reporting_verbs.tsv)");
}

}  // namespace
}  // namespace claimcheck
