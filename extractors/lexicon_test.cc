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
  EXPECT_EQ(lex.status().message(),
            (dir / "reporting_verbs.tsv").string() + ":1: 'said' is already listed as neutral; a form has one class");
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
