#include "engine/rule_set.h"

#include "absl/strings/match.h"
#include "extractors/analysis.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

absl::StatusOr<RuleSet> Load(const std::string& yaml) {
  RuleSetBuilder b;
  if (auto s = b.AddPack("p.yaml", yaml); !s.ok()) return s;
  return b.Build();
}

std::string Error(const std::string& yaml) {
  auto r = Load(yaml);
  return r.ok() ? "ok" : std::string(r.status().message());
}

constexpr char kRule[] =
    "rules:\n"
    "  - id: t.modal\n"
    "    category: hedged\n"
    "    severity: warning\n"
    "    case_sensitive: true\n"
    "    words: [may, could]\n"
    "    unless:\n"
    "      followed_by: [not]\n"
    "    message: \"hedge {match}\"\n";

TEST(RuleLoaderTest, ValidPackLoads) {
  auto r = Load(kRule);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->rules().size(), 1u);
  EXPECT_EQ(r->rules()[0]->id, "t.modal");
  EXPECT_EQ(r->rules()[0]->type, "lexical");
  EXPECT_EQ(r->rules()[0]->line, 2);
}

TEST(RuleLoaderTest, UnknownKeySuggestsTheNearestOne) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: info\n    mesage: m\n    words: [x]\n"),
            "p.yaml:5:13: rule 'a': key 'mesage': unknown key; did you mean 'message'?");
}

TEST(RuleLoaderTest, MissingKeyIsNamed) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    severity: info\n    message: m\n    words: [x]\n"),
            "p.yaml:2:5: rule 'a': key 'category': missing required key");
}

TEST(RuleLoaderTest, BadSeverity) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: fatal\n    message: m\n    words: [x]\n"),
            "p.yaml:4:15: rule 'a': key 'severity': unknown severity 'fatal' (expected error, warning or info)");
}

TEST(RuleLoaderTest, DuplicateIds) {
  std::string two = std::string(kRule) + "  - id: t.modal\n    category: c\n    severity: info\n"
                                          "    message: m\n    words: [x]\n";
  EXPECT_EQ(Error(two), "p.yaml:10:9: rule 't.modal': key 'id': duplicate rule id (first defined at p.yaml:2)");
}

TEST(RuleLoaderTest, RegexRejectedByRe2) {
  std::string e = Error("rules:\n  - id: a\n    category: c\n    severity: info\n    message: m\n    regex: \"(unclosed\"\n");
  EXPECT_TRUE(absl::StartsWith(e, "p.yaml:6:12: rule 'a': key 'regex': invalid regular expression: missing ): (unclosed")) << e;
}

TEST(RuleLoaderTest, InvalidYamlNamesLineAndColumn) {
  std::string e = Error("rules:\n  - id: [a\n");
  EXPECT_TRUE(absl::StartsWith(e, "p.yaml:3:1: invalid YAML: ")) << e;
}

TEST(RuleLoaderTest, UnknownPlaceholderAndType) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: info\n    message: \"{speker}\"\n    words: [x]\n"),
            "p.yaml:5:14: rule 'a': key 'message': unknown placeholder {speker}; did you mean {speaker}? "
            "(placeholders: {match} {speaker} {cue} {claim} {evidence})");
  std::string e = Error("rules:\n  - id: a\n    type: clam\n    category: c\n    severity: info\n    message: m\n");
  EXPECT_EQ(e, "p.yaml:3:11: rule 'a': key 'type': unknown rule type 'clam'; did you mean 'claim'? "
               "(types: lexical, claim, evidence, figure)");
}

std::vector<std::string> Fire(const RuleSet& rules, const std::string& text) {
  Document doc;
  doc.text = text;
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  std::vector<std::string> out;
  for (const Finding& f : rules.Check(doc, a)) {
    out.push_back(f.rule + "@" + std::to_string(f.span.start) + ":" + text.substr(f.span.start, f.span.size()) +
                  " | " + f.message);
  }
  return out;
}

TEST(RuleSetTest, LexicalRuleWithGuardsAndScope) {
  auto r = Load(kRule);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Fire(*r, "Gains may slow in May. It could not stop."),
            (std::vector<std::string>{"t.modal@6:may | hedge may"}));
  // Inside a quote is not narration.
  EXPECT_TRUE(Fire(*r, "\"Gains may slow,\" she said.").empty());
}

TEST(RuleSetTest, ClaimRuleOnCueClass) {
  auto r = Load("rules:\n  - id: t.loaded\n    type: claim\n    category: attribution\n"
                "    severity: warning\n    cue_class: [loaded]\n    speaker: present\n"
                "    message: \"{speaker} {cue}: {claim}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fire(*r, "Lee insisted the vote was fair. Park said it was not."),
            (std::vector<std::string>{"t.loaded@4:insisted | Lee insisted: the vote was fair"}));
}

// Rules whose words are found by the literal prefilter (packs of many word
// rules) must fire exactly where the RE2::Set prefilter (small packs) lets
// them fire.
constexpr char kTargets[] =
    "  - id: t.modal\n    category: c\n    severity: info\n    case_sensitive: true\n"
    "    words: [may]\n    message: \"{match}\"\n"
    "  - id: t.weasel\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [it is said, some of whom]\n    message: \"{match}\"\n"
    "  - id: t.curly\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [\"didn\u2019t provide\"]\n    message: \"{match}\"\n"
    "  - id: t.ask\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [ask]\n    message: \"{match}\"\n";

std::string Filler(int n) {
  std::string y;
  for (int i = 0; i < n; ++i) {
    y += "  - id: f.r" + std::to_string(i) + "\n    category: f\n    severity: info\n"
         "    words: [\"zq" + std::to_string(i) + " never\"]\n    message: m\n";
  }
  return y;
}

TEST(RuleSetTest, LiteralPrefilterFiresWhereTheSetDoes) {
  auto small = Load(std::string("rules:\n") + kTargets);
  auto big = Load(std::string("rules:\n") + kTargets + Filler(100));
  ASSERT_TRUE(small.ok()) << small.status();
  ASSERT_TRUE(big.ok()) << big.status();
  const std::string texts[] = {
      // Inside longer words, capitalised, split over lines, at a sentence start.
      "The mayor may resign. May is near. Dismay grew.\n\nIt  is\nsaid that prices rose.",
      "Some of whom left. It is sad, it is not said. Critics said it is.",
      // A word with a curly apostrophe is left out; the rest still filters.
      "He didn\u2019t provide details. She didn't provide any.",
      // U+017F (long s) folds with s under (?i): the scan cannot see it, so
      // every sentence is a candidate in such a document.
      "Voters a\u017Fk why. They ASK again.",
  };
  const std::vector<std::vector<std::string>> want = {
      {"t.modal@10:may | may", "t.weasel@49:It  is\nsaid | It is said"},
      {"t.weasel@0:Some of whom | Some of whom"},
      {"t.curly@3:didn\u2019t provide | didn\u2019t provide"},
      {"t.ask@7:a\u017Fk | a\u017Fk", "t.ask@22:ASK | ASK"},
  };
  for (size_t k = 0; k < 4; ++k) {
    EXPECT_EQ(Fire(*small, texts[k]), want[k]) << texts[k];
    EXPECT_EQ(Fire(*big, texts[k]), want[k]) << texts[k];
  }
}

TEST(RuleSetTest, BuiltinPacksLoad) {
  auto r = LoadRuleSet({}, true);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_NE(r->Find("hedged.modal"), nullptr);
  EXPECT_NE(r->Find("disputed.contradicted"), nullptr);
  EXPECT_NE(r->Find("unsourced.figure"), nullptr);
  EXPECT_NE(r->Find("attribution.doubt"), nullptr);
}

}  // namespace
}  // namespace claimcheck
