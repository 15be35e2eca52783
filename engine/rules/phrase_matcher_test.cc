#include "engine/rules/phrase_matcher.h"

#include <random>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace claimcheck {
namespace {

// The matches, as "start-end:text", in order, consuming each as
// LexicalRule::RunIn does.
std::string AllMatches(const PhraseMatcher& m, absl::string_view text) {
  std::string out;
  absl::string_view rest = text;
  size_t b, e;
  while (m.Find(rest, &b, &e)) {
    const size_t at = static_cast<size_t>(rest.data() - text.data()) + b;
    absl::StrAppend(&out, out.empty() ? "" : " ", at, "-", at + (e - b), ":", rest.substr(b, e - b));
    rest.remove_prefix(e);
  }
  return out;
}

// The same with the list's regex, compiled as rule regexes are.
std::string AllRegexMatches(const std::vector<std::string>& words, bool case_sensitive,
                            absl::string_view text) {
  RE2::Options opt;
  opt.set_case_sensitive(case_sensitive);
  RE2 re(WordsPattern(words), opt);
  EXPECT_TRUE(re.ok()) << re.error();
  std::string out;
  re2::StringPiece rest(text.data(), text.size());
  re2::StringPiece mp;
  while (re.Match(rest, 0, rest.size(), RE2::UNANCHORED, &mp, 1)) {
    const size_t at = static_cast<size_t>(mp.data() - text.data());
    absl::StrAppend(&out, out.empty() ? "" : " ", at, "-", at + mp.size(), ":",
                    absl::string_view(mp.data(), mp.size()));
    rest.remove_prefix(static_cast<size_t>(mp.data() + mp.size() - rest.data()));
  }
  return out;
}

std::unique_ptr<PhraseMatcher> Make(const std::vector<std::string>& words, bool cs = false) {
  return PhraseMatcher::Create(PreferenceOrder(words), cs);
}

TEST(PhraseMatcherTest, LongestPhraseAtTheLeftmostStartWins) {
  auto m = Make({"appeared", "appeared to", "may"});
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(AllMatches(*m, "He appeared  to falter; it may rain"), "3-15:appeared  to 27-30:may");
}

TEST(PhraseMatcherTest, WordsStandApart) {
  auto m = Make({"may", "it is said"});
  ASSERT_NE(m, nullptr);
  // "mayor" and "dismay" hold no "may"; the text's edges are boundaries.
  EXPECT_EQ(AllMatches(*m, "The mayor's dismay"), "");
  EXPECT_EQ(AllMatches(*m, "may"), "0-3:may");
  EXPECT_EQ(AllMatches(*m, "May, It Is Said"), "0-3:May 5-15:It Is Said");
  EXPECT_EQ(AllMatches(*m, "it issaid"), "");
}

TEST(PhraseMatcherTest, PunctuationEndsNeedNoBoundary) {
  auto m = Make({"To some,", "’s no secret"});
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(AllMatches(*m, "To some, it’s no secret."), "0-8:To some, 11-25:’s no secret");
}

TEST(PhraseMatcherTest, CaseSensitiveListsKeepCase) {
  auto m = Make({"May"}, true);
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(AllMatches(*m, "may May"), "4-7:May");
}

TEST(PhraseMatcherTest, ListsThatNeedTheRegex) {
  EXPECT_EQ(Make({"café"}), nullptr);        // é folds with É
  EXPECT_EQ(Make({"a\tb"}), nullptr);        // white space other than a space
  EXPECT_EQ(Make({"  "}), nullptr);          // no words
  EXPECT_NE(Make({"café"}, true), nullptr);  // no folding when case counts
  EXPECT_TRUE(PhraseMatcher::NeedsRegex("the \xE2\x84\xAA"));
  EXPECT_TRUE(PhraseMatcher::NeedsRegex("\xC5\xBF"));
  EXPECT_FALSE(PhraseMatcher::NeedsRegex("“curly” — quotes"));
}

// The matcher against the regex on random text made of the phrases' pieces,
// other words, spaces of every kind and punctuation.
TEST(PhraseMatcherTest, AgreesWithTheRegex) {
  const std::vector<std::vector<std::string>> lists = {
      {"may",
       "might",
       "could",
       "appeared to",
       "appears to",
       "it is believed",
       "it is",
       "widely seen",
       "widely",
       "some of whom",
       "some",
       "To some,",
       "it’s no secret",
       "in spite of complaints that",
       "despite complaints that",
       "reports put",
       "s",
       "-based",
       "U.S.",
       "'s"},
      {"A", "a b", "a  b c", "b", "ab", "b c"},
  };
  const std::vector<std::string> pieces = {
      "may",   "May",        "MAY",  "mayor",    "might",   "could", "appeared", "to",     "appears",
      "it",    "is",         "It",   "believed", "widely",  "seen",  "some",     "of",     "whom",
      "To",    "Some",       ",",    ".",        "’s",      "’",     "no",       "secret", "in",
      "spite", "complaints", "that", "despite",  "reports", "put",   "s",        "-",      "based",
      "U.S.",  "'",          "a",    "b",        "c",       "ab",    "A",        "B",      "_",
      "x1",    "é",          "“",    "\n"};
  const std::vector<std::string> gaps = {" ", "  ", "\t", "\n", "", " \r\n", "\f", "\v", "\xC2\xA0"};
  std::mt19937 rng(20261206);
  for (const auto& words : lists) {
    for (bool cs : {false, true}) {
      auto m = Make(words, cs);
      ASSERT_NE(m, nullptr);
      for (int n = 0; n < 4000; ++n) {
        std::string text;
        const int len = 1 + static_cast<int>(rng() % 14);
        for (int k = 0; k < len; ++k) {
          text += pieces[rng() % pieces.size()];
          text += gaps[rng() % gaps.size()];
        }
        ASSERT_EQ(AllMatches(*m, text), AllRegexMatches(words, cs, text))
            << "case_sensitive=" << cs << " text=[" << text << "]";
      }
    }
  }
}

}  // namespace
}  // namespace claimcheck
