#include "engine/fix/fixes.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Finding WithFix(size_t start, size_t end, const std::string& replacement) {
  Finding f;
  f.span = {start, end};
  f.fixes.push_back(Fix{{start, end}, replacement});
  return f;
}

TEST(FixesTest, EditsAreAppliedInOrderAndOverlapsDropped) {
  Document doc;
  doc.text = "Ruiz claimed it. Lee insisted so.";
  std::vector<Finding> findings = {WithFix(5, 12, "said"), WithFix(5, 16, "said it"),
                                   WithFix(21, 29, "said")};
  std::vector<TextEdit> edits = FileEdits(doc, findings);
  ASSERT_EQ(edits.size(), 2u);
  EXPECT_EQ(edits[0], (TextEdit{5, 12, "said"}));
  EXPECT_EQ(edits[1], (TextEdit{21, 29, "said"}));
  EXPECT_EQ(ApplyEdits(doc.text, edits), "Ruiz said it. Lee said so.");
}

TEST(FixesTest, AFixIsMappedToTheFileAndLeftOutWhereTheFileSaysOtherwise) {
  // An HTML file: text "Ruiz claimed &amp; insisted" read from a source in
  // which "&amp;" was decoded to "&".
  Document doc;
  doc.source = "<p>Ruiz claimed &amp; insisted</p>";
  doc.text = "Ruiz claimed & insisted";
  doc.map.AddCopy(0, 3, 13);              // "Ruiz claimed "
  doc.map.AddReplacement(13, 1, 16, 21);  // "&" for "&amp;"
  doc.map.AddCopy(14, 21, 9);             // " insisted"
  std::vector<Finding> findings = {WithFix(5, 12, "said"), WithFix(12, 15, "and")};
  std::vector<TextEdit> edits = FileEdits(doc, findings);
  ASSERT_EQ(edits.size(), 1u);
  EXPECT_EQ(edits[0], (TextEdit{8, 15, "said"}));
  EXPECT_EQ(ApplyEdits(doc.source, edits), "<p>Ruiz said &amp; insisted</p>");
}

TEST(FixesTest, UnifiedDiffHasHunksWithThreeLinesOfContext) {
  std::string before, after;
  for (int i = 1; i <= 20; ++i) {
    before += "line " + std::to_string(i) + "\n";
    after += (i == 2 ? "LINE 2" : i == 16 ? "LINE 16" : "line " + std::to_string(i)) + "\n";
  }
  EXPECT_EQ(
      UnifiedDiff("a.txt", before, after),
      "--- a/a.txt\n+++ b/a.txt\n"
      "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n"
      "@@ -13,7 +13,7 @@\n line 13\n line 14\n line 15\n-line 16\n+LINE 16\n line 17\n line 18\n line 19\n");
  EXPECT_EQ(UnifiedDiff("a.txt", before, before), "");
}

TEST(FixesTest, UnifiedDiffMergesNearbyChangesAndMarksAMissingNewline) {
  EXPECT_EQ(UnifiedDiff("b.md", "one\ntwo\nthree", "one\n2\nthree\nfour"),
            "--- a/b.md\n+++ b/b.md\n"
            "@@ -1,3 +1,4 @@\n one\n-two\n-three\n\\ No newline at end of file\n+2\n+three\n+four\n"
            "\\ No newline at end of file\n");
  // Lines removed and added: the counts of each side.
  EXPECT_EQ(UnifiedDiff("c.txt", "a\nb\n", "a\n"), "--- a/c.txt\n+++ b/c.txt\n@@ -1,2 +1 @@\n a\n-b\n");
  EXPECT_EQ(UnifiedDiff("c.txt", "", "a\n"), "--- a/c.txt\n+++ b/c.txt\n@@ -0,0 +1 @@\n+a\n");
}

TEST(FixesTest, UnifiedDiffAgreesWithDiffOnManyChangesInALongText) {
  // Two fixes 40,000 lines apart: the diff holds two hunks and costs no
  // table of lines by lines.
  std::string before = "Ruiz claimed it.\n", after = "Ruiz said it.\n";
  for (int i = 0; i < 40000; ++i) {
    before += "Plain line.\n";
    after += "Plain line.\n";
  }
  before += "Lee claimed it.\n";
  after += "Lee said it.\n";
  EXPECT_EQ(
      UnifiedDiff("long.txt", before, after),
      "--- a/long.txt\n+++ b/long.txt\n"
      "@@ -1,4 +1,4 @@\n-Ruiz claimed it.\n+Ruiz said it.\n Plain line.\n Plain line.\n Plain line.\n"
      "@@ -39999,4 +39999,4 @@\n Plain line.\n Plain line.\n Plain line.\n-Lee claimed it.\n+Lee said it.\n");
  // Lines removed, added and kept in one run: removals first, counts right.
  EXPECT_EQ(UnifiedDiff("r.txt", "a\nb\nc\nd\n", "a\nx\nc\ny\nz\n"),
            "--- a/r.txt\n+++ b/r.txt\n@@ -1,4 +1,5 @@\n a\n-b\n+x\n c\n-d\n+y\n+z\n");
  // A name with a space ends at a tab (patch reads it so).
  EXPECT_EQ(UnifiedDiff("my story.txt", "a\n", "b\n"),
            "--- a/my story.txt\t\n+++ b/my story.txt\t\n@@ -1 +1 @@\n-a\n+b\n");
}

}  // namespace
}  // namespace claimcheck
