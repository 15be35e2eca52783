#include "engine/output/report_merge.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(MergeJsonl, FindingsFollowTheInputsOrderAndKeepTheirOwnOrderWithinAnInput) {
  const std::vector<Report> shards = {
      {"s1.jsonl", "{\"path\":\"c.md\",\"n\":1}\n{\"path\":\"a.md\",\"n\":2}\n{\"path\":\"a.md\",\"n\":3}\n"},
      {"s2.jsonl",
       "{\"path\":\"b.md\",\"n\":4}\n\n{\"path\":\"x.md\",\"n\":5}\n{\"path\":\"c.md\",\"n\":6}\n"},
  };
  absl::StatusOr<std::string> merged = MergeReports("jsonl", shards, {"a.md", "b.md", "c.md"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(*merged,
            "{\"path\":\"a.md\",\"n\":2}\n{\"path\":\"a.md\",\"n\":3}\n{\"path\":\"b.md\",\"n\":4}\n"
            "{\"path\":\"c.md\",\"n\":1}\n{\"path\":\"c.md\",\"n\":6}\n{\"path\":\"x.md\",\"n\":5}\n");
  // Without a list, the reports' order.
  merged = MergeReports("jsonl", shards, {});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(*merged,
            shards[0].data +
                "{\"path\":\"b.md\",\"n\":4}\n{\"path\":\"x.md\",\"n\":5}\n{\"path\":\"c.md\",\"n\":6}\n");
  // Empty reports merge to nothing.
  merged = MergeReports("jsonl", {{"e.jsonl", ""}, {"f.jsonl", "\n"}}, {});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(*merged, "");
}

TEST(MergeJsonl, ALineThatIsNoFindingIsAnErrorNamingReportAndLine) {
  absl::StatusOr<std::string> merged = MergeReports(
      "jsonl", {{"ok.jsonl", "{\"path\":\"a\"}\n"}, {"bad.jsonl", "{\"path\":\"a\"}\n{\"path\":\n"}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message().substr(0, 20), "bad.jsonl:2: not JSO");
  merged = MergeReports("jsonl", {{"odd.jsonl", "{\"rule\":\"x\"}\n"}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message(), "odd.jsonl:1: not a claimcheck finding (no \"path\" string)");
  merged = MergeReports("text", {{"a.txt", ""}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message(), "cannot merge format 'text' (jsonl or sarif)");
}

std::string Sarif(const std::string& rules, const std::string& results) {
  return "{\"$schema\":\"s\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"claimcheck\","
         "\"rules\":[" +
         rules + "]}},\"columnKind\":\"unicodeCodePoints\",\"results\":[" + results +
         "],\"originalUriBaseIds\":{\"SRCROOT\":{\"uri\":\"file:///w/\"}}}]}\n";
}

std::string Result(const std::string& uri, int line) {
  return "{\"ruleId\":\"r\",\"message\":{\"text\":\"\xe2\x80\x9cmay\xe2\x80\x9d \\\"x\\\"\"},\"locations\":[{"
         "\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"" +
         uri +
         "\",\"uriBaseId\":\"SRCROOT\"},"
         "\"region\":{\"startLine\":" +
         std::to_string(line) + "}}}]}";
}

TEST(MergeSarif, OneRunWithEveryResultInInputOrder) {
  const std::string rules = "{\"id\":\"r\"}";
  const std::vector<Report> shards = {
      {"s1.sarif", Sarif(rules, Result("b%20c.md", 1) + "," + Result("d.md", 7))},
      {"s2.sarif", Sarif(rules, Result("a.md", 3) + "," + Result("b%20c.md", 2))},
      {"s3.sarif", Sarif(rules, "")},
  };
  absl::StatusOr<std::string> merged = MergeReports("sarif", shards, {"a.md", "b c.md", "d.md"});
  ASSERT_TRUE(merged.ok()) << merged.status();
  EXPECT_EQ(*merged, Sarif(rules, Result("a.md", 3) + "," + Result("b%20c.md", 1) + "," +
                                      Result("b%20c.md", 2) + "," + Result("d.md", 7)));
  // One report merges to itself.
  merged = MergeReports("sarif", {shards[0]}, {});
  ASSERT_TRUE(merged.ok());
  EXPECT_EQ(*merged, shards[0].data);
}

TEST(MergeSarif, ReportsOfOtherRulesOrNotSarifAreErrors) {
  absl::StatusOr<std::string> merged = MergeReports(
      "sarif", {{"a.sarif", Sarif("{\"id\":\"r\"}", "")}, {"b.sarif", Sarif("{\"id\":\"q\"}", "")}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message(),
            "b.sarif: written with other rules or another claimcheck than a.sarif (every shard must run "
            "with the same packs and configuration)");
  merged = MergeReports("sarif", {{"j.sarif", "{\"runs\":[]}"}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message(),
            "j.sarif: not a claimcheck SARIF report (a log with one run expected)");
  merged = MergeReports("sarif", {{"t.sarif", "{\"runs\":["}}, {});
  ASSERT_FALSE(merged.ok());
  EXPECT_EQ(merged.status().message().substr(0, 18), "t.sarif: not JSON ");
}

}  // namespace
}  // namespace claimcheck
