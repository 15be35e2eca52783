// The bad-input suite: each case asserts the exact error (file, position)
// and that the other documents of the same run were still processed.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "tools/cli_testing.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

using Result = CliResult;

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    good_ = Write("good.txt", "Officials may delay the vote, critics say.");
  }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  // Runs check over `bad` and the good file; the good one must be reported.
  Result CheckWithGood(const std::string& bad, std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"check", "--format=jsonl", bad, good_};
    args.insert(args.end(), extra.begin(), extra.end());
    Result r = Cli(args);
    EXPECT_EQ(r.code, 2) << r.err;
    EXPECT_TRUE(absl::StrContains(r.out, "\"path\":\"" + good_ + "\"")) << r.out;
    EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: 1 document read, 1 failed")) << r.err;
    return r;
  }
  fs::path dir_;
  std::string good_;
};

TEST_F(BadInputTest, InvalidUtf8) {
  std::string bad = Write("bad.txt", "First line.\nSecond \xC3\x28 line.");
  Result r = CheckWithGood(bad);
  EXPECT_TRUE(
      absl::StrContains(r.err, "claimcheck: error: " + bad +
                                   ":2:8: invalid UTF-8 at byte 19 (byte 0xc3); convert the file to UTF-8\n"))
      << r.err;
}

TEST_F(BadInputTest, BinaryFile) {
  std::string bad = Write("blob.txt", std::string("PK\x03\x04\0\0data", 10));
  Result r = CheckWithGood(bad);
  EXPECT_TRUE(absl::StrContains(
      r.err, "claimcheck: error: " + bad + ": binary file (NUL byte at byte 4); not read\n"))
      << r.err;
}

TEST_F(BadInputTest, WideEncodingsAreNamed) {
  // "Hi." in UTF-16 with a byte-order mark, without one, and a JSONL file in UTF-16.
  std::string bom = Write("bom.txt", std::string("\xFF\xFEH\0i\0.\0\n\0", 10));
  Result r = CheckWithGood(bom);
  EXPECT_TRUE(absl::StrContains(
      r.err,
      "claimcheck: error: " + bom + ": UTF-16 (little-endian) text; not read (convert the file to UTF-8)\n"))
      << r.err;
  std::string be = Write("be.md", std::string("\0T\0h\0e\0 \0e\0n\0d\0.\0\n", 18));
  r = CheckWithGood(be);
  EXPECT_TRUE(absl::StrContains(
      r.err,
      "claimcheck: error: " + be + ": UTF-16 (big-endian) text; not read (convert the file to UTF-8)\n"))
      << r.err;
  std::string jl = Write("wide.jsonl", std::string("\xFF\xFE{\0}\0\n\0", 8));
  r = CheckWithGood(jl);
  EXPECT_TRUE(absl::StrContains(
      r.err,
      "claimcheck: error: " + jl + ": UTF-16 (little-endian) text; not read (convert the file to UTF-8)\n"))
      << r.err;
}

TEST_F(BadInputTest, NulInsideAJsonlRecordIsNamedAndTheNextRecordRead) {
  std::string jl = Write("nul.jsonl", std::string("{\"id\":\"a\",\"text\":\"Caf\0e.\"}\n", 27) +
                                          "{\"id\":\"b\",\"text\":\"Prices may rise.\"}\n");
  Result r = Cli({"check", "--no-config", "--format=jsonl", "--fail-on=never", jl});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StrContains(
      r.err,
      "claimcheck: error: " + jl + ":1:22: NUL byte in the record (JSON writes it as \\u0000); not read\n"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"doc_id\":\"b\"")) << r.out;
}

TEST_F(BadInputTest, EmptyFile) {
  std::string bad = Write("empty.md", "");
  Result r = CheckWithGood(bad);
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: error: " + bad + ": empty file\n")) << r.err;
}

TEST_F(BadInputTest, OversizedSingleLine) {
  // A 100 MB single line is reported, not analysed (and not read into memory).
  std::string bad = (dir_ / "line.txt").string();
  {
    std::ofstream out(bad, std::ios::binary);
    std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) out << chunk;
  }
  Result r = CheckWithGood(bad);
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: error: " + bad +
                                           ": document is 104857600 bytes, over the 16777216-byte "
                                           "limit (--max-document-bytes); not read\n"))
      << r.err;
}

TEST_F(BadInputTest, ADocumentOverItsTimeBudgetIsReportedAndSkipped) {
  // --max-document-seconds: a budget no analysis can meet stops each
  // document after segmentation; each is named (a JSONL record by its line),
  // nothing of it is checked, and the run ends with exit 2.
  std::string jsonl = Write("c.jsonl",
                            "{\"id\": \"a\", \"text\": \"Prices may rise.\"}\n"
                            "{\"id\": \"b\", \"text\": \"It is understood talks failed.\"}\n");
  Result r = Cli({"check", "--format=jsonl", "--max-document-seconds=0.000000001", jsonl, good_});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(r.out, "");
  for (const std::string& where : {jsonl + ":1", jsonl + ":2", good_}) {
    EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: error: " + where +
                                             ": analysis stopped after 1e-09 s, in the segment pass "
                                             "(--max-document-seconds); document not checked\n"))
        << r.err;
  }
  // No limit, and the default: everything is checked.
  for (const char* budget : {"--max-document-seconds=0", "--max-document-seconds=60"}) {
    Result ok = Cli({"check", "--format=jsonl", "--fail-on=never", budget, jsonl, good_});
    EXPECT_EQ(ok.code, 0) << ok.err;
    EXPECT_TRUE(absl::StrContains(ok.out, "\"rule\":\"unsourced.agentless\"")) << ok.out;
  }
  Result bad = Cli({"check", "--max-document-seconds=soon", good_});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err,
            "claimcheck: --max-document-seconds must be a number of seconds (0: no limit), not 'soon'\n");
}

TEST_F(BadInputTest, LongRunOnLineIsAnalysedInLinearTime) {
  // Under the limit, a 4 MB line with no sentence end is cut into pieces and
  // checked; the hedge at its end is still found.
  std::string text;
  while (text.size() < (4u << 20)) text += "the talks continued with more rounds of offers ";
  text += "and prices may rise";
  std::string big = Write("runon.txt", text);
  Result r = Cli({"check", "--format=jsonl", big});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.out, "\"text\":\"may\"")) << r.out.substr(0, 500);
}

TEST_F(BadInputTest, MalformedJsonlAndRecordsWithoutText) {
  std::string corpus = Write("c.jsonl",
                             "{\"id\":\"ok1\",\"text\":\"Prices may rise.\"}\n"
                             "{\"id\":\"broken\",\"text\":\"unterminated}\n"
                             "{\"id\":\"notext\",\"body\":\"x\"}\n"
                             "[1,2]\n"
                             "{\"id\":\"ok2\",\"text\":\"Prices could fall.\"}\n");
  Result r = Cli({"check", "--format=jsonl", corpus});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StrContains(r.out, "\"doc_id\":\"ok1\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"doc_id\":\"ok2\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(
      r.err, "claimcheck: error: " + corpus + ":2:37: malformed JSON: unterminated string\n"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(
      r.err, "claimcheck: error: " + corpus +
                 ":3: record notext has no \"text\" field (choose another with --text-field)\n"))
      << r.err;
  EXPECT_TRUE(
      absl::StrContains(r.err, "claimcheck: error: " + corpus + ":4: expected a JSON object, found [1,2]\n"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: 2 documents read, 3 failed")) << r.err;
}

TEST_F(BadInputTest, MissingPathsAndSymlinkLoops) {
  fs::create_directories(dir_ / "docs");
  Write("docs/a.txt", "Prices may rise.");
  fs::create_directory_symlink(dir_ / "docs", dir_ / "docs" / "again");
  Result r = Cli({"check", "--format=jsonl", (dir_ / "docs").string(), (dir_ / "nope.txt").string()});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StrContains(r.out, "a.txt")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.err, (dir_ / "docs" / "again").string() + ": symlink loop")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, (dir_ / "nope.txt").string() + ": no such file or directory"))
      << r.err;
}

TEST_F(BadInputTest, PipesAndDevicesAreNotRead) {
  std::string fifo = (dir_ / "pipe.txt").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Result r = CheckWithGood(fifo);
  EXPECT_TRUE(absl::StrContains(
      r.err, "claimcheck: error: " + fifo + ": not a regular file (a pipe, socket or device); not read\n"))
      << r.err;
  Result dev = CheckWithGood("/dev/zero");
  EXPECT_TRUE(absl::StrContains(dev.err, "claimcheck: error: /dev/zero: not a regular file")) << dev.err;
}

TEST_F(BadInputTest, YamlAliasBomb) {
  std::string y = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  std::string prev = "a";
  for (int i = 1; i < 12; ++i) {
    absl::StrAppend(&y, "b", i, ": &b", i, " [*", prev, ", *", prev, ", *", prev, ", *", prev, ", *", prev,
                    ", *", prev, ", *", prev, ", *", prev, ", *", prev, "]\n");
    prev = absl::StrCat("b", i);
  }
  y += "rules: []\n";
  std::string pack = Write("bomb.yaml", y);
  Result r = Cli({"check", "--rules", pack, good_});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StartsWith(r.err, "claimcheck: " + pack + ":")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err,
                                ": more than 4000000 YAML nodes after expanding aliases; a rule pack "
                                "lists plain rules (no alias bombs)\n"))
      << r.err;
}

TEST_F(BadInputTest, YamlDeepNesting) {
  std::string pack =
      Write("deep.yaml", "rules: " + std::string(100000, '[') + std::string(100000, ']') + "\n");
  Result r = Cli({"rules", "--rules", pack});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StartsWith(r.err, "claimcheck: " + pack + ":1:")) << r.err;
}

TEST_F(BadInputTest, RegexRe2Rejects) {
  std::string pack = Write("re.yaml",
                           "rules:\n  - id: x.backref\n    category: c\n    severity: info\n"
                           "    message: m\n    regex: \"(a)\\\\1\"\n");
  Result r = Cli({"check", "--rules", pack, good_});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "claimcheck: " + pack +
                       ":6:12: rule 'x.backref': key 'regex': invalid regular expression: invalid escape "
                       "sequence: \\1 (RE2 syntax: see https://github.com/google/re2/wiki/Syntax)\n");
}

TEST_F(BadInputTest, HundredThousandRulePackLoadsAndRuns) {
  std::string y = "rules:\n";
  for (int i = 0; i < 100000; ++i) {
    absl::StrAppend(&y, "  - id: big.r", i, "\n    category: big\n    severity: info\n    message: m\n",
                    "    words: [\"phrase", i, " here\"]\n");
  }
  absl::StrAppend(&y, "  - id: big.delay\n    category: big\n    severity: error\n    message: m\n",
                  "    scope: any\n    words: [delay the vote]\n");
  std::string pack = Write("big.yaml", y);
  Result r = Cli({"check", "--no-default-rules", "--rules", pack, good_});
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out, good_ +
                       ":1:15: error: m [big.delay]\n"
                       "    Officials may »delay the vote«, critics say.\n");
}

TEST_F(BadInputTest, DirectoriesWhereFilesAreExpectedAndTheReverse) {
  fs::create_directories(dir_ / "norules");
  Result r = Cli({"check", "--rules", (dir_ / "norules").string(), good_});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "claimcheck: " + (dir_ / "norules").string() + ": no .yaml rule packs in this directory\n");
  Result l = Cli({"check", "--lexicons", good_, good_});
  EXPECT_EQ(l.code, 2);
  EXPECT_EQ(l.err, "claimcheck: " + good_ +
                       ": not a directory (--lexicons takes a directory of files named like the built-in "
                       "ones, e.g. reporting_verbs.tsv)\n");
}

}  // namespace
}  // namespace claimcheck
