#include "engine/input/reader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

std::string At(const Document& d, size_t start, size_t end) {
  return std::string(d.original().substr(start, end - start));
}

TEST(ReaderTest, TextIsReadAsIs) {
  auto doc = ParseText("a.txt", "Hello world.\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->text, "Hello world.\n");
  EXPECT_TRUE(doc->map.empty());
}

TEST(ReaderTest, BadBytesNameThePosition) {
  auto nul = ParseText("b.txt", std::string("ab\0cd", 5));
  EXPECT_EQ(nul.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(nul.status().message(), "b.txt: binary file (NUL byte at byte 2); not read");
  auto bad = ParseText("c.txt", "line one\nsay \xE2\x80\x9Chi \xFF");
  EXPECT_EQ(bad.status().message(),
            "c.txt:2:9: invalid UTF-8 at byte 19 (byte 0xff); convert the file to UTF-8");
  auto empty = ParseText("d.txt", "");
  EXPECT_EQ(empty.status().message(), "d.txt: empty file");
}

TEST(ReaderTest, MarkdownSkipsFrontMatterCodeAndMarkup) {
  std::string md =
      "---\ntitle: \"Officials claimed it\"\n---\n"
      "# The *big* vote\n\n"
      "The mayor said the `FUND_X` plan [passed](http://x.org) easily.\n\n"
      "```\nOfficials claimed \"nothing\".\n```\n";
  auto doc = ParseMarkdown("a.md", md);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "The big vote\n\nThe mayor said the  plan passed easily.\n\n");
  ASSERT_EQ(doc->blocks.size(), 2u);
  EXPECT_EQ(doc->blocks[0].kind, BlockKind::kHeading);
  EXPECT_EQ(doc->blocks[1].kind, BlockKind::kParagraph);
  // "passed" maps back to its place inside the link text.
  size_t p = doc->text.find("passed");
  Span o = doc->ToOriginal(Span{p, p + 6});
  EXPECT_EQ(At(*doc, o.start, o.end), "passed");
  size_t big = doc->text.find("big");
  EXPECT_EQ(At(*doc, doc->ToOriginal(big), doc->ToOriginal(big + 3, true)), "big");
}

TEST(ReaderTest, MarkdownCarriageReturnsEndLinesLikeCommonMark) {
  // Found by reader_fuzzer: a lone CR ends a line for cmark; our line table
  // must agree, or block positions point past the line.
  auto doc = ParseMarkdown("cr.md", "# H\r\rSaid `x\r<b>y` here.\r\n\r\nNext.");
  ASSERT_TRUE(doc.ok()) << doc.status();
  ASSERT_EQ(doc->blocks.size(), 3u);
  EXPECT_EQ(doc->text.substr(doc->blocks[0].span.start, doc->blocks[0].span.size()), "H");
  EXPECT_EQ(doc->text.substr(doc->blocks[2].span.start, doc->blocks[2].span.size()), "Next.");
}

TEST(ReaderTest, HtmlDecodesEntitiesAndMapsThemBack) {
  std::string html =
      "<html><head><title>T</title><script>var s = \"he said\";</script>"
      "<style>p{}</style></head><body><h1>Trade &amp; talks</h1>"
      "<p>She said &ldquo;no&rdquo; to&nbsp;it.</p></body></html>";
  auto doc = ParseHtml("a.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text, "Trade & talks\n\nShe said \xE2\x80\x9Cno\xE2\x80\x9D to\xC2\xA0it.\n\n");
  ASSERT_EQ(doc->blocks.size(), 2u);
  EXPECT_EQ(doc->blocks[0].kind, BlockKind::kHeading);
  size_t amp = doc->text.find('&');
  EXPECT_EQ(At(*doc, doc->ToOriginal(amp), doc->ToOriginal(amp + 1, true)), "&amp;");
  size_t q = doc->text.find("\xE2\x80\x9C");
  EXPECT_EQ(At(*doc, doc->ToOriginal(q), doc->ToOriginal(q + 3, true)), "&ldquo;");
  size_t no = doc->text.find("no");
  EXPECT_EQ(At(*doc, doc->ToOriginal(no), doc->ToOriginal(no + 2, true)), "no");
}

TEST(ReaderTest, HtmlNestedDeeperThanTheCapIsReadFlatWithANotice) {
  std::string html = "<html><body>";
  for (int k = 0; k < 3 * kMaxHtmlDepth; ++k) html += "<div><b>";
  html += "<p>Officials said the plan <i>may</i> fail.</p>";
  for (int k = 0; k < 3 * kMaxHtmlDepth; ++k) html += "</b></div>";
  html += "<p>Next.</p></body></html>";
  auto doc = ParseHtml("deep.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status();
  // The words survive, mapped back to where they are in the page (the
  // tags past the cap, <i> too, are spaces now).
  EXPECT_NE(doc->text.find("the plan    may     fail."), std::string::npos);
  size_t at = doc->text.find("Officials said the plan");
  ASSERT_NE(at, std::string::npos) << doc->text.substr(0, 200);
  EXPECT_EQ(At(*doc, doc->ToOriginal(at), doc->ToOriginal(at + 9, true)), "Officials");
  EXPECT_NE(doc->text.find("Next."), std::string::npos);
  ASSERT_EQ(doc->notices.size(), 1u);
  EXPECT_EQ(doc->notices[0], absl::StrCat("deep.html: HTML nested ", 6 * kMaxHtmlDepth + 3,
                                          " deep; tags deeper than ", kMaxHtmlDepth, " were read as spaces"));
  // A page of ordinary depth gets no notice, and open <p> and <li> tags
  // do not count as nesting.
  std::string flat = "<ul>";
  for (int k = 0; k < 2 * kMaxHtmlDepth; ++k) flat += "<li>item<p>para";
  auto plain = ParseHtml("flat.html", flat + "</ul>");
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_TRUE(plain->notices.empty());
}

TEST(ReaderTest, HtmlAttributesPastTheCapAreReadAsSpacesWithANotice) {
  // Values quoted both ways and bare, one holding '>' and white space, so the
  // count of attributes and the end of the tag are the parser's.
  std::string attrs;
  for (int k = 0; k < 3 * kMaxHtmlAttributes; ++k) {
    attrs += k % 3 == 0   ? absl::StrCat(" a", k, "=\"x > y\"")
             : k % 3 == 1 ? absl::StrCat(" a", k, " = 'v'")
                          : absl::StrCat(" a", k, "=v");
  }
  std::string html = "<p" + attrs + ">Officials said <b" + attrs + ">it</b> may fail.<img" + attrs +
                     "/>After the image.</p>";
  auto doc = ParseHtml("attrs.html", html);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_NE(doc->text.find("Officials said it may fail."), std::string::npos) << doc->text;
  EXPECT_NE(doc->text.find("After the image."), std::string::npos) << doc->text;
  size_t at = doc->text.find("After");
  EXPECT_EQ(At(*doc, doc->ToOriginal(at), doc->ToOriginal(at + 5, true)), "After");
  ASSERT_EQ(doc->notices.size(), 1u);
  EXPECT_EQ(doc->notices[0],
            absl::StrCat("attrs.html: an HTML tag has ", 3 * kMaxHtmlAttributes,
                         " attributes; those after the ", kMaxHtmlAttributes, "th were read as spaces"));
  // A tag with as many attributes as the cap keeps them all, with no notice.
  std::string at_cap;
  for (int k = 0; k < kMaxHtmlAttributes; ++k) at_cap += absl::StrCat(" a", k, "='1'");
  auto plain = ParseHtml("cap.html", "<p" + at_cap + ">Text.</p>");
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(plain->text, "Text.\n\n");
  EXPECT_TRUE(plain->notices.empty());
}

TEST(ReaderTest, MarkdownBlocksHoldWhenEmphasisIsNotParsed) {
  // cmark is asked only where the blocks lie; emphasis after a line's first
  // letter is not handed to it, and the blocks and words stay as they were:
  // list markers, a nested list, a quote, an HTML block whose attribute has
  // an underscore, a paragraph.
  auto doc = ParseMarkdown("e.md",
                           "* item *one* and two_three\n\n1. * sub_item\n\n> quote with a_b and *em*\n\n"
                           "<span class=\"a_b\">x</span>\n\nPara **bold** text.\n");
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text,
            "item one and two_three\n\nsub_item\n\nquote with a_b and em\n\nx\n\nPara bold text.\n\n");
  EXPECT_EQ(doc->blocks.size(), 5u);
  EXPECT_TRUE(doc->notices.empty());
  size_t at = doc->text.find("two_three");
  EXPECT_EQ(At(*doc, doc->ToOriginal(at), doc->ToOriginal(at + 9, true)), "two_three");
}

TEST(ReaderTest, MarkdownNestedDeeperThanTheCapIsReadWithANotice) {
  std::string md = std::string(3 * kMaxMarkdownDepth, '>') + " deep words\n\nOfficials said *it* may fail.\n";
  auto doc = ParseMarkdown("deep.md", md);
  ASSERT_TRUE(doc.ok()) << doc.status();
  size_t at = doc->text.find("Officials said it may fail.");
  ASSERT_NE(at, std::string::npos) << doc->text;
  EXPECT_EQ(At(*doc, doc->ToOriginal(at), doc->ToOriginal(at + 9, true)), "Officials");
  ASSERT_EQ(doc->notices.size(), 1u);
  EXPECT_EQ(doc->notices[0],
            absl::StrCat("deep.md: Markdown nested ", 3 * kMaxMarkdownDepth, " deep; markers deeper than ",
                         kMaxMarkdownDepth, " were read as spaces"));
  // Lists count as nesting too; at the cap, nothing is changed.
  std::string at_cap;
  for (int k = 0; k < kMaxMarkdownDepth; ++k) at_cap += "- ";
  auto plain = ParseMarkdown("cap.md", at_cap + "item\n");
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(plain->text, "item\n\n");
  EXPECT_TRUE(plain->notices.empty());
}

TEST(ReaderTest, JsonlRecords) {
  ReaderOptions opts;
  auto doc = ParseJsonlRecord("c.jsonl", 3, R"({"id": 7, "text": "Caf\u00e9 \"x\"\n"})", opts);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->doc_id, "7");
  EXPECT_EQ(doc->text, "Caf\xC3\xA9 \"x\"\n");
  auto no_id = ParseJsonlRecord("c.jsonl", 4, R"({"text": "a"})", opts);
  EXPECT_EQ(no_id->doc_id, "4");
  auto bad = ParseJsonlRecord("c.jsonl", 5, R"({"text": "a)", opts);
  EXPECT_EQ(bad.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(bad.status().message(), "c.jsonl:5:12: malformed JSON: unterminated string");
  auto missing = ParseJsonlRecord("c.jsonl", 6, R"({"id": "x", "body": "a"})", opts);
  EXPECT_EQ(missing.status().message(),
            "c.jsonl:6: record x has no \"text\" field (choose another with --text-field)");
  opts.text_field = "body";
  EXPECT_TRUE(ParseJsonlRecord("c.jsonl", 6, R"({"id": "x", "body": "a"})", opts).ok());
}

TEST(ReaderTest, JsonlTitleTheTextOpensWithIsTheHeadline) {
  ReaderOptions opts;
  // White space and periods aside, the first paragraph reads as the title.
  auto doc = ParseJsonlRecord(
      "c.jsonl", 1,
      R"({"title": "Trump: \u2018We Will Win\u2019", "text": "Trump: \u2018We Will\nWin.\u2019\n\nHe spoke."})",
      opts);
  ASSERT_TRUE(doc.ok()) << doc.status();
  EXPECT_EQ(doc->text.substr(0, doc->headline_end), "Trump: \xE2\x80\x98We Will\nWin.\xE2\x80\x99");
  // A title the text does not open with, or a text of one paragraph: none.
  auto other = ParseJsonlRecord("c.jsonl", 2,
                                R"({"title": "Ad sales up", "text": "Profits rose.\n\nShares fell."})", opts);
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->headline_end, 0u);
  auto single = ParseJsonlRecord("c.jsonl", 3, R"({"title": "Profits rose", "text": "Profits rose."})", opts);
  ASSERT_TRUE(single.ok());
  EXPECT_EQ(single->headline_end, 0u);
}

class StreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / "stream_test";
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "sub");
  }
  void Write(const fs::path& p, const std::string& s) { std::ofstream(dir_ / p, std::ios::binary) << s; }
  std::vector<std::string> Read(std::vector<std::string> paths) {
    DocumentStream in(std::move(paths), ReaderOptions{});
    std::vector<std::string> out;
    InputItem item;
    while (in.Next(&item)) {
      out.push_back(item.status.ok()
                        ? "ok " + item.doc.path + (item.doc.doc_id.empty() ? "" : "#" + item.doc.doc_id)
                        : "error " + std::string(item.status.message()));
    }
    return out;
  }
  fs::path dir_;
};

TEST_F(StreamTest, DirectoriesAreSortedAndBadInputsDoNotStopTheRun) {
  Write("b.txt", "Second.");
  Write("a.md", "First.");
  Write("sub/c.html", "<p>Third.</p>");
  Write("sub/skip.png", "x");
  Write("bad.txt", std::string("x\0y", 3));
  Write("corpus.jsonl",
        "{\"id\":\"r1\",\"text\":\"One.\"}\nnot json\n\n{\"id\":\"r3\",\"text\":\"Three.\"}\n");
  std::string d = dir_.string();
  std::vector<std::string> got = Read({d, d + "/missing.txt"});
  ASSERT_EQ(got.size(), 8u);
  EXPECT_EQ(got[0], "ok " + d + "/a.md");
  EXPECT_EQ(got[1], "ok " + d + "/b.txt");
  EXPECT_EQ(got[2], "error " + d + "/bad.txt: binary file (NUL byte at byte 1); not read");
  EXPECT_EQ(got[3], "ok " + d + "/corpus.jsonl#r1");
  EXPECT_EQ(got[4], "error " + d + "/corpus.jsonl:2:1: malformed JSON: not a JSON value");
  EXPECT_EQ(got[5], "ok " + d + "/corpus.jsonl#r3");
  EXPECT_EQ(got[6], "ok " + d + "/sub/c.html");
  EXPECT_EQ(got[7], "error " + d + "/missing.txt: no such file or directory");
}

TEST_F(StreamTest, AWalkLeavesOutRulePackFixtures) {
  Write("story.txt", "Officials said the plan may fail.");
  Write("sub/house.test.txt", "# ruleid: house.x \"may\"\nThe plan may fail.\n");
  std::string d = dir_.string();
  EXPECT_EQ(Read({d}), (std::vector<std::string>{"ok " + d + "/story.txt"}));
  // Named on the command line, it is read.
  EXPECT_EQ(Read({d + "/sub/house.test.txt"}), (std::vector<std::string>{"ok " + d + "/sub/house.test.txt"}));
}

TEST_F(StreamTest, SymlinkLoopsAreReportedOnce) {
  Write("sub/a.txt", "Text.");
  fs::create_directory_symlink(dir_, dir_ / "sub" / "loop");
  std::string d = dir_.string();
  std::vector<std::string> got = Read({d});
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], "ok " + d + "/sub/a.txt");
  EXPECT_TRUE(absl::StartsWith(got[1], "error " + d + "/sub/loop: symlink loop (leads back to ")) << got[1];
}

TEST_F(StreamTest, StdinJsonlIsDetected) {
  std::istringstream in("{\"id\":\"a\",\"text\":\"Hi.\"}\n{\"id\":\"b\",\"text\":\"Yo.\"}\n");
  DocumentStream s({"-"}, ReaderOptions{}, &in);
  InputItem item;
  std::vector<std::string> ids;
  while (s.Next(&item)) ids.push_back(item.doc.doc_id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace claimcheck
