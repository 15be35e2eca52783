#include "engine/rules/literal_matcher.h"

#include <random>
#include <set>
#include <utility>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

using Hits = std::set<std::pair<int, size_t>>;  // (literal, end)

Hits ScanAll(const LiteralMatcher& m, absl::string_view text) {
  Hits hits;
  size_t last_end = 0;
  m.Scan(text, [&](int id, size_t end) {
    EXPECT_GE(end, last_end);  // in order of end
    last_end = end;
    hits.insert({id, end});
  });
  return hits;
}

// Every (literal, end) pair by brute force.
Hits Naive(const std::vector<std::string>& lits, absl::string_view text) {
  Hits hits;
  for (size_t id = 0; id < lits.size(); ++id) {
    if (lits[id].empty()) continue;
    for (size_t at = text.find(lits[id]); at != absl::string_view::npos; at = text.find(lits[id], at + 1)) {
      hits.insert({static_cast<int>(id), at + lits[id].size()});
    }
  }
  return hits;
}

TEST(LiteralMatcherTest, FindsOverlappingAndNestedLiterals) {
  std::vector<std::string> lits = {"he", "she", "his", "hers", "said", "aid"};
  LiteralMatcher m(lits);
  Hits got = ScanAll(m, "ushers said");
  Hits want = {{1, 4}, {0, 4}, {3, 6}, {4, 11}, {5, 11}};  // she, he, hers, said, aid
  EXPECT_EQ(got, want);
}

TEST(LiteralMatcherTest, EmptySetAndEmptyLiteralsMatchNothing) {
  LiteralMatcher none;
  EXPECT_TRUE(ScanAll(none, "anything").empty());
  LiteralMatcher empty_lit({"", "x"});
  EXPECT_EQ(ScanAll(empty_lit, "axb"), (Hits{{1, 2}}));
}

TEST(LiteralMatcherTest, AgreesWithBruteForceOnRandomText) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    std::vector<std::string> lits;
    for (int i = 0; i < 30; ++i) {
      std::string s;
      for (int n = 1 + rng() % 4; n > 0; --n) s.push_back("abc\xE2\x80"[rng() % 5]);
      lits.push_back(s);
    }
    std::string text;
    for (int n = 0; n < 400; ++n) text.push_back("abcd\xE2\x80 "[rng() % 7]);
    LiteralMatcher m(lits);
    ASSERT_EQ(ScanAll(m, text), Naive(lits, text)) << "round " << round;
  }
}

}  // namespace
}  // namespace claimcheck
