// End-to-end tests of the command line: golden outputs over testdata/, exit
// codes, bad input, and rules added without a rebuild.
#include "tools/cli.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "engine/json/json_reader.h"
#include "engine/json/json_writer.h"
#include "gtest/gtest.h"
#include "tools/cli_testing.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

using Result = CliResult;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Temp(const std::string& name, const std::string& content) {
  fs::path p = fs::path(::testing::TempDir()) / name;
  std::ofstream(p, std::ios::binary) << content;
  return p.string();
}

TEST(GoldenTest, SummitExtractText) {
  Result r = Cli({"extract", "--format=text", "testdata/corpus/summit_article.txt"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile("testdata/golden/summit_article.extract.txt"));
}

TEST(GoldenTest, SummitExtractJsonl) {
  Result r = Cli({"extract", "--format=jsonl", "testdata/corpus/summit_article.txt"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile("testdata/golden/summit_article.extract.jsonl"));
}

TEST(GoldenTest, SummitCheckText) {
  Result r = Cli({"check", "testdata/corpus/summit_article.txt"});
  EXPECT_EQ(r.code, 0) << r.err;  // warnings only; --fail-on defaults to error
  EXPECT_EQ(r.out, ReadFile("testdata/golden/summit_article.check.txt"));
  EXPECT_EQ(r.err,
            "claimcheck: 1 document read, 0 failed, 4020 bytes; findings: 0 errors, 9 warnings, 3 info\n");
}

TEST(GoldenTest, CorpusCheckJsonl) {
  Result r = Cli({"check", "--format=jsonl", "testdata/corpus"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, ReadFile("testdata/golden/corpus.check.jsonl"));
}

TEST(CliTest, FailOnDecidesTheExitCode) {
  EXPECT_EQ(Cli({"check", "--fail-on=warning", "testdata/corpus/summit_article.txt"}).code, 1);
  EXPECT_EQ(Cli({"check", "--fail-on=never", "testdata/corpus/summit_article.txt"}).code, 0);
  Result bad = Cli({"check", "--fail-on=sometimes", "testdata/corpus/summit_article.txt"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(absl::StartsWith(bad.err, "claimcheck: unknown --fail-on 'sometimes'")) << bad.err;
}

TEST(CliTest, UnknownFlagIsNamed) {
  Result r = Cli({"check", "--colour=always", "x.txt"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StartsWith(r.err, "claimcheck: unknown flag '--colour'")) << r.err;
  EXPECT_EQ(Cli({"frobnicate"}).code, 2);
}

TEST(CliTest, BadInputsAreReportedAndTheRestIsProcessed) {
  std::string good = Temp("good.txt", "Officials may delay the vote.");
  std::string bad = Temp("bad.txt", "Caf\xC3 ok");
  std::string bin = Temp("bin.txt", std::string("a\0b", 3));
  Result r = Cli({"check", "--format=jsonl", bad, good, bin, "/nonexistent/x.txt"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StrContains(r.out, "\"rule\":\"hedged.modal\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.err, bad + ":1:4: invalid UTF-8 at byte 3")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, bin + ": binary file (NUL byte at byte 1)")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "/nonexistent/x.txt: no such file or directory")) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: 1 document read, 3 failed")) << r.err;
}

TEST(CliTest, RuleAddedInYamlFiresWithoutARebuild) {
  std::string pack = Temp("house.yaml",
                          "rules:\n"
                          "  - id: house.slammed\n"
                          "    category: attribution\n"
                          "    severity: error\n"
                          "    words: [slammed]\n"
                          "    message: \"“{match}” is headline-speak\"\n");
  std::string doc = Temp("slam.txt", "The senator slammed the plan on Monday.");
  Result r = Cli({"check", "--no-default-rules", "--rules", pack, doc});
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, doc +
                       ":1:13: error: “slammed” is headline-speak [house.slammed]\n"
                       "    The senator »slammed« the plan on Monday.\n");
}

TEST(CliTest, FixPrintsADiffWritesTheFileAndASecondRunFindsNothing) {
  fs::path dir = fs::path(::testing::TempDir()) / "fix";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string story =
      "# Depot vote\n\n"
      "Councillor Ana Ruiz claimed that the depot was unsafe. \"We claimed nothing,\" the owners said.\n"
      "He claimed to have seen the report. It is understood that the vote is close.\n";
  std::ofstream(dir / "depot.md", std::ios::binary) << story;
  const std::string path = (dir / "depot.md").string();
  const std::string diff =
      "--- " + path + "\n+++ " + path +
      "\n"
      "@@ -1,4 +1,4 @@\n"
      " # Depot vote\n"
      " \n"
      "-Councillor Ana Ruiz claimed that the depot was unsafe. \"We claimed nothing,\" the owners said.\n"
      "-He claimed to have seen the report. It is understood that the vote is close.\n"
      "+Councillor Ana Ruiz said that the depot was unsafe. \"We claimed nothing,\" the owners said.\n"
      "+He claimed to have seen the report. [who] understands that the vote is close.\n";
  // --dry-run: the diff, and the file as it was. (Not the quote's "claimed",
  // nor "claimed to", which takes no "said".)
  Result r = Cli({"fix", "--dry-run", path});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, diff);
  EXPECT_EQ(r.err, "claimcheck: 1 document read, 0 failed; 2 fixes in 1 file (dry run: nothing written)\n");
  EXPECT_EQ(ReadFile(path), story);
  // Written, with the same diff; then there is nothing left to fix.
  r = Cli({"fix", path});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, diff);
  EXPECT_EQ(r.err, "claimcheck: 1 document read, 0 failed; 2 fixes in 1 file written\n");
  EXPECT_TRUE(absl::StrContains(ReadFile(path), "Councillor Ana Ruiz said that the depot"));
  r = Cli({"fix", "--dry-run", path});
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "claimcheck: 1 document read, 0 failed; 0 fixes in 0 files (dry run: nothing written)\n");
  // A relative path diffs as git does (a/ and b/); JSONL records are not rewritten.
  std::string jsonl = Temp("fix.jsonl", "{\"id\":\"x\",\"text\":\"Ruiz claimed that it was unsafe.\"}\n");
  r = Cli({"fix", "--dry-run", jsonl});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_TRUE(absl::StrContains(
      r.err, "claimcheck: warning: " + jsonl + ": fix rewrites files, not JSONL records or stdin; skipped\n"))
      << r.err;
  EXPECT_EQ(Cli({"fix", "--format=jsonl", path}).code, 2);
}

TEST(CliTest, AfterFixOnTheSampleCorpusNoFindingIsLeftToFix) {
  fs::path dir = fs::path(::testing::TempDir()) / "fix_corpus";
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator("testdata/corpus"))
    fs::copy(e.path(), dir / e.path().filename());
  Result r = Cli({"fix", dir.string()});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "; 9 fixes in 4 files written\n")) << r.err;
  // Every fixed finding is gone, and no finding offers a fix any more (the
  // JSONL records are left as they were: fix does not rewrite them).
  r = Cli({"check", "--format=jsonl", "--fail-on=never", dir.string()});
  for (absl::string_view line : absl::StrSplit(r.out, '\n', absl::SkipEmpty())) {
    if (absl::StrContains(line, "\"path\":\"" + (dir / "corpus.jsonl").string() + "\"")) continue;
    EXPECT_TRUE(absl::EndsWith(line, "\"fixes\":[]}")) << line;
  }
  EXPECT_EQ(Cli({"fix", "--dry-run", dir.string()}).out, "");
}

TEST(CliTest, FixWritesThroughLinksAndFixesAFileNamedTwiceOnce) {
  fs::path dir = fs::path(::testing::TempDir()) / "fix_links";
  fs::remove_all(dir);
  fs::create_directories(dir / "desk");
  std::ofstream(dir / "desk" / "story.txt") << "Ruiz claimed that the depot was unsafe.\n";
  fs::create_symlink("story.txt", dir / "desk" / "link.txt");
  fs::create_hard_link(dir / "desk" / "story.txt", dir / "desk" / "hard.txt");
  const std::string link = (dir / "desk" / "link.txt").string();
  Result r = Cli({"fix", link, link});
  EXPECT_EQ(r.code, 0) << r.err;
  // The link's target is fixed (and its other name with it); the link stays a link.
  EXPECT_EQ(ReadFile((dir / "desk" / "story.txt").string()), "Ruiz said that the depot was unsafe.\n");
  EXPECT_EQ(ReadFile((dir / "desk" / "hard.txt").string()), "Ruiz said that the depot was unsafe.\n");
  EXPECT_TRUE(fs::is_symlink(dir / "desk" / "link.txt"));
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: warning: " + link + ": named before; fixed once\n"))
      << r.err;
  EXPECT_TRUE(absl::StrContains(r.err, "; 1 fix in 1 file written\n")) << r.err;
}

TEST(CliTest, FindingsCarryTheirFixesInJsonl) {
  std::string doc = Temp("fixes.txt", "Ruiz insisted that the depot was unsafe. Lee claimed to know.");
  Result r = Cli({"check", "--format=jsonl", "--fail-on=never", doc});
  std::vector<std::string> lines = absl::StrSplit(r.out, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 2u) << r.out;
  EXPECT_TRUE(absl::StrContains(lines[0], "\"text\":\"insisted\"")) << lines[0];
  EXPECT_TRUE(absl::EndsWith(lines[0], ",\"fixes\":[{\"start\":5,\"end\":13,\"replacement\":\"said\"}]}"))
      << lines[0];
  EXPECT_TRUE(absl::EndsWith(lines[1], ",\"fixes\":[]}")) << lines[1];
}

TEST(CliTest, AFixInAPackIsCheckedWhenItLoads) {
  auto load = [](const std::string& fix) {
    std::string pack = Temp("fixpack.yaml",
                            "rules:\n  - id: p.claimed\n    category: attribution\n"
                            "    severity: info\n    words: [claimed]\n    message: m\n" +
                                fix);
    return Cli({"rules", "--no-default-rules", "--rules", pack});
  };
  Result r = load("    fix: said\n");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(
      absl::StrContains(r.err,
                        "fixpack.yaml:7:10: rule 'p.claimed': key 'fix': expected a map with swap or replace "
                        "(and unless_followed_by)"))
      << r.err;
  r = load("    fix: {swap: {claimed: said}, replace: x}\n");
  EXPECT_TRUE(absl::StrContains(r.err, "key 'replace': give swap or replace, not both")) << r.err;
  r = load("    fix: {replace: \"{speaker} said\"}\n");
  EXPECT_TRUE(absl::StrContains(r.err, "key 'replace': unknown placeholder (a fix takes {match})")) << r.err;
  r = load("    fix: {swop: {claimed: said}}\n");
  EXPECT_TRUE(absl::StrContains(r.err, "key 'swop': unknown key; did you mean 'swap'?")) << r.err;
  EXPECT_EQ(load("    fix: {swap: {claimed: said}, unless_followed_by: [to]}\n").code, 0);
}

TEST(CliTest, BrokenRuleStopsLoadingWithItsPosition) {
  std::string pack = Temp("broken.yaml",
                          "rules:\n"
                          "  - id: house.bad\n"
                          "    category: hedged\n"
                          "    severity: warning\n"
                          "    regex: \"(?P<x\"\n"
                          "    message: m\n");
  Result r = Cli({"check", "--rules", pack, "testdata/corpus/summit_article.txt"});
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(absl::StartsWith(r.err, "claimcheck: " + pack +
                                          ":5:12: rule 'house.bad': key 'regex': "
                                          "invalid regular expression: "))
      << r.err;
  EXPECT_EQ(r.out, "");
}

TEST(CliTest, StreamingJsonlOnStdin) {
  Result r = Cli({"check", "--format=jsonl", "-"},
                 "{\"id\":\"a\",\"text\":\"Prices may rise.\"}\n{\"id\":\"b\",\"text\":\"Prices rose.\"}\n");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(absl::StartsWith(r.out, "{\"path\":\"-\",\"doc_id\":\"a\",\"line\":1,\"column\":8,")) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

TEST(CliTest, OutputIsTheSameWhateverTheNumberOfJobs) {
  Result one = Cli({"check", "--format=jsonl", "--jobs=1", "testdata/corpus"});
  Result three = Cli({"check", "--format=jsonl", "--jobs=3", "testdata/corpus"});
  EXPECT_EQ(one.code, three.code);
  EXPECT_FALSE(one.out.empty());
  EXPECT_EQ(one.out, three.out);
  EXPECT_EQ(one.err, three.err);
  Result bad = Cli({"check", "--jobs=0", "testdata/corpus"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "claimcheck: --jobs must be a whole number from 1 to 256, not '0'\n");
}

TEST(CliTest, ManyBatchesWithBadRecordsKeepInputOrderWhateverTheJobs) {
  // Enough records for several batches per job count, bad lines among them:
  // findings and errors must come out in input order however the batches
  // are read, analysed and written in parallel.
  std::string jsonl;
  for (int i = 0; i < 700; ++i) {
    if (i % 97 == 13) {
      jsonl += "{\"id\": \"broken" + std::to_string(i) + "\", \"text\": \n";
    } else {
      jsonl += "{\"id\":\"d" + std::to_string(i) + "\",\"text\":\"Prices may rise by " + std::to_string(i) +
               " percent. Some critics argued it was announced too late.\"}\n";
    }
  }
  std::string path = Temp("many_batches.jsonl", jsonl);
  Result one = Cli({"check", "--format=jsonl", "--jobs=1", path});
  EXPECT_EQ(one.code, 2);  // unreadable records
  size_t lines = std::count(one.out.begin(), one.out.end(), '\n');
  EXPECT_GT(lines, 1300u);
  EXPECT_TRUE(absl::StrContains(one.err, "many_batches.jsonl:14:")) << one.err;
  EXPECT_LT(one.err.find("many_batches.jsonl:14:"), one.err.find("many_batches.jsonl:111:"));
  EXPECT_LT(one.out.find("\"doc_id\":\"d12\""), one.out.find("\"doc_id\":\"d699\""));
  for (const char* jobs : {"--jobs=2", "--jobs=3", "--jobs=7"}) {
    Result many = Cli({"check", "--format=jsonl", jobs, path});
    EXPECT_EQ(many.code, one.code) << jobs;
    EXPECT_EQ(many.out, one.out) << jobs;
    EXPECT_EQ(many.err, one.err) << jobs;
  }
}

TEST(CliTest, StatsReportThroughputStagesPassesAndMemory) {
  Result r = Cli({"check", "--stats", "--jobs=2", "--format=jsonl", "testdata/corpus"});
  std::vector<std::string> lines = absl::StrSplit(r.err, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 5u) << r.err;
  EXPECT_TRUE(absl::StartsWith(lines[0], "claimcheck: 11 documents read, 0 failed, 19674 bytes; "))
      << lines[0];
  EXPECT_TRUE(absl::StartsWith(lines[1], "claimcheck: stats: 11 documents, 19674 bytes in ")) << lines[1];
  EXPECT_TRUE(absl::EndsWith(lines[1], " MB/s with 2 jobs")) << lines[1];
  EXPECT_TRUE(absl::StartsWith(lines[2], "claimcheck: stats: stage time (summed over threads): read "))
      << lines[2];
  for (const char* stage : {" ms, analyze ", " ms, check ", " ms, write "}) {
    EXPECT_TRUE(absl::StrContains(lines[2], stage)) << lines[2];
  }
  // Every pass of the analysis, in order.
  size_t at = 0;
  for (const char* pass : {"segment", "tokenize", "quotes", "cues", "speakers", "attribution", "claims",
                           "evidence", "figures"}) {
    size_t found = lines[3].find(std::string(pass) + " ", at);
    ASSERT_NE(found, std::string::npos) << pass << " in " << lines[3];
    at = found;
  }
  EXPECT_TRUE(absl::StartsWith(lines[3], "claimcheck: stats: analyze by pass: segment ")) << lines[3];
  EXPECT_TRUE(absl::StartsWith(lines[4], "claimcheck: stats: peak RSS ")) << lines[4];
  EXPECT_TRUE(absl::EndsWith(lines[4], " MB")) << lines[4];
}

TEST(CliTest, BaselineReportsOnlyNewFindingsAfterReflow) {
  std::string a = Temp("base_a.txt",
                       "Council vote\n\nThe council may delay the vote on the new budget,\n"
                       "which reportedly raises taxes.\n");
  // The same paragraph re-wrapped and moved below a new one with a new hedge.
  std::string b = Temp("base_b.txt",
                       "Council vote\n\nPrices could rise next year.\n\nThe council may delay\n"
                       "the vote on the new budget, which reportedly\nraises taxes.\n");
  std::string base = (fs::path(::testing::TempDir()) / "baseline.txt").string();
  Result w = Cli({"check", "--format=jsonl", "--write-baseline", base, a});
  EXPECT_EQ(w.code, 0) << w.err;
  std::string written = ReadFile(base);
  EXPECT_TRUE(absl::StrContains(written, "\thedged.modal\tmay\n")) << written;
  EXPECT_TRUE(absl::StrContains(written, "\thedged.hearsay\treportedly\n")) << written;
  Result r = Cli({"check", "--format=text", "--baseline", base, b});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, b + ":3:8: info: “could” speculates in the newsroom's voice; attribute it or state "
                       "what is known [hedged.modal]\n    Prices »could« rise next year.\n");
  // The summary says how many findings the baseline hid, and which of its
  // entries match nothing any more.
  EXPECT_TRUE(absl::StrContains(r.err, "claimcheck: baseline " + base +
                                           " hid 2 findings; 0 of its 2 entries "
                                           "matched nothing\n"))
      << r.err;
  Result stale = Cli({"check", "--format=text", "--baseline", base, Temp("base_c.txt", "Nothing here.\n")});
  EXPECT_TRUE(absl::StrContains(stale.err, "hid 0 findings; 2 of its 2 entries matched nothing\n"))
      << stale.err;
  EXPECT_TRUE(absl::StrContains(stale.err, "\thedged.hearsay\treportedly\n")) << stale.err;
  Result bad = Cli({"check", "--baseline", a, b});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "claimcheck: " + a +
                         ":1: not a baseline line (expected FINGERPRINT<TAB>RULE<TAB>TEXT, "
                         "as --write-baseline writes)\n");
}

TEST(CliTest, ShardsConcatenateToTheSingleRunOutput) {
  // Splitting a corpus into shards (as a Spark or Hadoop stage would) and
  // concatenating the outputs gives exactly the single run's output.
  std::string corpus = ReadFile("testdata/corpus/corpus.jsonl");
  std::vector<std::string> lines = absl::StrSplit(corpus, '\n', absl::SkipEmpty());
  ASSERT_GE(lines.size(), 4u);
  std::string one, two;
  for (size_t i = 0; i < lines.size(); ++i) (i < lines.size() / 2 ? one : two) += lines[i] + "\n";
  Result whole = Cli({"check", "--format=jsonl", "-"}, corpus);
  Result first = Cli({"check", "--format=jsonl", "-"}, one);
  Result second = Cli({"check", "--format=jsonl", "-"}, two);
  EXPECT_FALSE(whole.out.empty());
  EXPECT_EQ(first.out + second.out, whole.out);
}

TEST(CliTest, PartsOfAJsonlFileOnStdinReadAsThatFile) {
  // A cluster worker's share of a corpus, piped in with the file's name and
  // the line it starts on: findings, errors and totals are the file's own.
  fs::path dir = fs::path(::testing::TempDir()) / "parts";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "wire.jsonl").string();
  const std::string lines[] = {
      R"({"id":"w1","text":"Officials said the plan may fail."})",
      R"({"id":"w2","text":"It was announced that the plant would close."})",
      R"({"id":"w3","text": oops})",
      "",
      R"({"id":"w5","text":"Some have argued that the tax is unfair."})",
  };
  std::string whole, first, second;
  for (int i = 0; i < 5; ++i) (i < 2 ? first : second) += lines[i] + "\n";
  whole = first + second;
  std::ofstream(path) << whole;
  Result file = Cli({"check", "--format=jsonl", "--fail-on=never", path});
  Result a =
      Cli({"check", "--format=jsonl", "--fail-on=never", "--stdin-format=jsonl", "--stdin-name=" + path, "-"},
          first);
  Result b = Cli({"check", "--format=jsonl", "--fail-on=never", "--stdin-format=jsonl",
                  "--stdin-name=" + path, "--stdin-first-line=3", "-"},
                 second);
  EXPECT_EQ(file.code, 2) << file.err;
  EXPECT_EQ(a.code, 0) << a.err;
  EXPECT_EQ(b.code, 2) << b.err;
  EXPECT_EQ(a.out + b.out, file.out);
  EXPECT_TRUE(absl::StrContains(file.out, "\"path\":\"" + path + "\",\"doc_id\":\"w5\"")) << file.out;
  EXPECT_TRUE(absl::StrContains(b.err, "claimcheck: error: " + path + ":3:")) << b.err;
  EXPECT_TRUE(absl::StrContains(file.err, "claimcheck: error: " + path + ":3:")) << file.err;
  EXPECT_TRUE(absl::StrContains(a.err, "claimcheck: 2 documents read, 0 failed, ")) << a.err;
  EXPECT_TRUE(absl::StrContains(b.err, "claimcheck: 1 document read, 1 failed, ")) << b.err;
  EXPECT_TRUE(absl::StrContains(file.err, "claimcheck: 3 documents read, 1 failed, ")) << file.err;
  // Blank lines before the first record still count ("auto" looks past them).
  Result blank = Cli({"check", "--format=jsonl", "--stdin-name=" + path, "-"}, "\n\n" + lines[2] + "\n");
  EXPECT_TRUE(absl::StrContains(blank.err, "claimcheck: error: " + path + ":3:")) << blank.err;
  // A text document keeps its leading blank lines: offsets are the file's.
  Result text =
      Cli({"extract", "--format=jsonl", "--stdin-name=story.txt", "-"}, "\n\nThe mayor said yes.\n");
  EXPECT_TRUE(absl::StrContains(text.out, "\"path\":\"story.txt\"")) << text.out;
  EXPECT_TRUE(absl::StrContains(text.out, "\"start\":2,")) << text.out;
  Result bad = Cli({"check", "--stdin-first-line=0", "-"}, "");
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "claimcheck: --stdin-first-line must be a line number (1 or more), not '0'\n");
}

TEST(CliTest, ListInputsNamesTheFilesAWalkReadsWithTheirSizes) {
  fs::path dir = fs::path(::testing::TempDir()) / "listing";
  fs::remove_all(dir);
  fs::create_directories(dir / "b");
  std::ofstream(dir / ".claimcheck.yaml") << "ignore: [\"drafts/*\"]\n";
  fs::create_directories(dir / "drafts");
  std::ofstream(dir / "drafts" / "d.txt") << "Draft.\n";
  std::ofstream(dir / "b" / "two.md") << "Two.\n";
  std::ofstream(dir / "a.txt") << "One story.\n";
  std::ofstream(dir / "a.test.txt") << "# ok: x\n";
  const std::string d = dir.string();
  Result r = Cli({"check", "--list-inputs", d, (dir / "missing.txt").string()});
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_EQ(r.out, "11\t" + d + "/a.txt\n5\t" + d + "/b/two.md\nerror\t" + d +
                       "/missing.txt: no such file or directory\n");
  EXPECT_EQ(r.err, "claimcheck: error: " + d + "/missing.txt: no such file or directory\n");
  Result e = Cli({"extract", "--list-inputs", (dir / "a.txt").string()});
  EXPECT_EQ(e.code, 0) << e.err;
  EXPECT_EQ(e.out, "11\t" + d + "/a.txt\n");
}

TEST(CliTest, StatsAreTheCountsOfCheckAndExtractPerGroup) {
  // A small corpus in two groups (the sample articles as records); the
  // figures stats prints are recomputed from check's and extract's JSONL.
  fs::path dir = fs::path(::testing::TempDir()) / "stats";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "grouped.jsonl").string();
  std::map<std::string, std::string> group_of;  // doc id -> category
  {
    std::ofstream out(path);
    int n = 0;
    for (const char* name : {"summit_article.txt", "hospital_strike.txt", "wire_flood.txt", "brief_notes.txt",
                             "council_vote.md"}) {
      std::string text = ReadFile(std::string("testdata/corpus/") + name);
      std::string id = absl::StrCat("doc-", n);
      std::string category = n % 2 == 0 ? "world" : "local";
      group_of[id] = category;
      std::string line;
      JsonWriter w(&line);
      w.BeginObject();
      w.Field("id", id);
      w.Field("category", category);
      w.Field("text", text);
      w.EndObject();
      out << line << "\n";
      ++n;
    }
  }
  Result stats = Cli({"stats", "--group-by=category", "--format=jsonl", path});
  ASSERT_EQ(stats.code, 0) << stats.err;
  Result check = Cli({"check", "--format=jsonl", "--fail-on=never", path});
  Result extract = Cli({"extract", "--format=jsonl", path});
  ASSERT_EQ(check.code, 0) << check.err;
  struct Expected {
    size_t documents = 0, findings = 0, claims = 0, agentless = 0, quotes = 0;
    std::map<std::string, size_t> by_rule, by_category;
  };
  std::map<std::string, Expected> expected;  // group ("" for the corpus) -> counts
  for (const auto& [id, category] : group_of) {
    ++expected[category].documents;
    ++expected[""].documents;
  }
  auto record = [](absl::string_view line) {
    JsonValue v;
    JsonError e;
    EXPECT_TRUE(ParseJson(line, &v, &e)) << line;
    return v;
  };
  for (absl::string_view line : absl::StrSplit(check.out, '\n', absl::SkipEmpty())) {
    JsonValue v = record(line);
    const std::string& group = group_of.at(v.Find("doc_id")->text());
    for (const std::string& g : {group, std::string()}) {
      ++expected[g].findings;
      ++expected[g].by_rule[v.Find("rule")->text()];
      ++expected[g].by_category[v.Find("category")->text()];
    }
  }
  for (absl::string_view line : absl::StrSplit(extract.out, '\n', absl::SkipEmpty())) {
    JsonValue v = record(line);
    const JsonValue* type = v.Find("type");
    if (type == nullptr) continue;
    const std::string& group = group_of.at(v.Find("doc_id")->text());
    for (const std::string& g : {group, std::string()}) {
      if (type->text() == "claim") {
        ++expected[g].claims;
        expected[g].quotes += v.Find("quotes")->items().size();  // quoted words inside the claim
        const JsonValue* agentless = v.Find("agentless");
        if (agentless != nullptr && agentless->type() == JsonValue::Type::kBool && agentless->boolean()) {
          ++expected[g].agentless;
        }
      } else if (type->text() == "quote") {
        const std::string kind = v.Find("kind")->text();
        if (kind == "speech" || kind == "partial") ++expected[g].quotes;
      }
    }
  }
  std::vector<std::string> rows = absl::StrSplit(stats.out, '\n', absl::SkipEmpty());
  ASSERT_EQ(rows.size(), 3u) << stats.out;  // local, world, then the corpus
  for (const std::string& row : rows) {
    JsonValue v = record(row);
    const JsonValue* g = v.Find("group");
    const std::string group = g->is_string() ? g->text() : "";
    SCOPED_TRACE(group.empty() ? "corpus" : group);
    const Expected& want = expected.at(group);
    auto number = [&v](absl::string_view key) { return std::stoul(v.Find(key)->text()); };
    EXPECT_EQ(number("documents"), want.documents);
    EXPECT_EQ(number("findings"), want.findings);
    EXPECT_GT(number("words"), 100u);
    EXPECT_NEAR(std::stod(v.Find("findings_per_1000_words")->text()),
                1000.0 * want.findings / number("words"), 1e-3);
    std::map<std::string, size_t> by_rule, by_category;
    for (const auto& m : v.Find("by_rule")->members()) by_rule[m.first] = std::stoul(m.second.text());
    for (const auto& m : v.Find("by_category")->members()) {
      if (m.second.text() != "0") by_category[m.first] = std::stoul(m.second.text());
    }
    EXPECT_EQ(by_rule, want.by_rule);
    EXPECT_EQ(by_category, want.by_category);
    size_t claims = 0;
    for (const auto& m : v.Find("claims_by_source")->members()) claims += std::stoul(m.second.text());
    EXPECT_EQ(claims, want.claims);
    EXPECT_EQ(std::stoul(v.Find("claims_by_source")->Find("none")->text()), want.agentless);
    EXPECT_EQ(number("quotes"), want.quotes);
  }
  EXPECT_GT(expected[""].findings, 10u);
  EXPECT_GT(expected[""].quotes, 3u);
  // The text tables name the groups and the corpus; csv has a row per measure.
  Result text = Cli({"stats", "--group-by=category", path});
  EXPECT_TRUE(absl::StartsWith(text.out, "claimcheck stats: 5 documents, ")) << text.out;
  EXPECT_TRUE(absl::StrContains(text.out, "\nlocal ")) << text.out;
  EXPECT_TRUE(absl::StrContains(text.out, "\n(all) ")) << text.out;
  Result csv = Cli({"stats", "--group-by=category", "--format=csv", path});
  EXPECT_TRUE(absl::StartsWith(csv.out, "group,measure,key,value\nlocal,documents,,2\n")) << csv.out;
  Result bad = Cli({"stats", "--group-by=a:week", path});
  EXPECT_EQ(bad.code, 2);
  EXPECT_TRUE(absl::StartsWith(
      bad.err, "claimcheck: --group-by takes a JSONL field name, or FIELD:month, not 'a:week'"))
      << bad.err;
}

TEST(CliTest, MergedShardsAreTheSingleRunReport) {
  // Files dealt to shards out of order (as a stable hash deals them), each
  // shard checked on its own, then merged in the inputs' order: the report
  // of one run over every file, JSONL and SARIF alike.
  const std::vector<std::string> files = {
      "testdata/corpus/brief_notes.txt",    "testdata/corpus/corpus.jsonl",
      "testdata/corpus/council_vote.md",    "testdata/corpus/hospital_strike.txt",
      "testdata/corpus/summit_article.txt", "testdata/corpus/trade_talks.html"};
  std::string list;
  for (const std::string& f : files) list += f + "\n";
  const std::string inputs = Temp("merge_inputs.txt", list);
  for (const std::string format : {"jsonl", "sarif"}) {
    std::vector<std::string> whole_args = {"check", "--fail-on=never", "--format=" + format};
    whole_args.insert(whole_args.end(), files.begin(), files.end());
    Result whole = Cli(whole_args);
    ASSERT_EQ(whole.code, 0) << whole.err;
    Result one = Cli({"check", "--fail-on=never", "--format=" + format, files[4], files[1]});
    Result two =
        Cli({"check", "--fail-on=never", "--format=" + format, files[3], files[0], files[5], files[2]});
    const std::string a = Temp("shard_a." + format, one.out), b = Temp("shard_b." + format, two.out);
    Result merged = Cli({"merge", "--format=" + format, "--inputs=" + inputs, b, a});
    ASSERT_EQ(merged.code, 0) << merged.err;
    EXPECT_GT(whole.out.size(), 1000u);
    EXPECT_EQ(merged.out, whole.out) << format;
  }
  Result missing = Cli({"merge", "--format=sarif", "no/such.sarif"});
  EXPECT_EQ(missing.code, 2);
  EXPECT_EQ(missing.err, "claimcheck: no/such.sarif: cannot read the report\n");
}

TEST(CliTest, InlineSuppressions) {
  std::string txt = Temp("sup.txt",
                         "Council vote\n\n"
                         "<!-- claimcheck-disable-next-line hedged.modal -->\n"
                         "The council may delay the vote.\n\n"
                         "<!-- claimcheck-disable hedged -->\n"
                         "Prices could rise. Taxes might follow.\n"
                         "<!-- claimcheck-enable hedged -->\n\n"
                         "Costs may climb.\n\n"
                         "<!-- claimcheck-disable-next-line attribution.doubt -->\n"
                         "Nothing to see here.\n");
  Result r = Cli({"check", txt});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, txt +
                       ":10:7: info: “may” speculates in the newsroom's voice; attribute it or state "
                       "what is known [hedged.modal]\n    Costs »may« climb.\n" +
                       txt +
                       ":12:1: info: this suppression (claimcheck-disable-next-line attribution.doubt, "
                       "line 12) suppresses nothing; remove it [claimcheck.unused-suppression]\n");
  // The comments are not analysed as prose.
  Result x = Cli({"extract", "--format=text", txt});
  EXPECT_FALSE(absl::StrContains(x.out, "claimcheck-disable")) << x.out;
  std::string md = Temp("sup.md",
                        "# T\n\n<!-- claimcheck-disable-next-line hedged.modal -->\n"
                        "The council may delay the vote.\n");
  Result m = Cli({"check", "--format=jsonl", md});
  EXPECT_EQ(m.out, "");
}

TEST(CliTest, AMisspeltDirectiveWarnsAndAnUnknownRuleIsAnError) {
  std::string txt =
      Temp("sup_typos.txt",
           "Prices may rise.\n<!-- claimcheck-disabel-next-line hedged.modal -->\nCosts may climb.\n"
           "<!-- claimcheck-disable-next-line hedged.modl -->\nRents may rise.\n"
           "<!-- claimcheck-disable-next-line hedged -->\nFees may rise.\n");
  Result r = Cli({"check", "--format=text", txt});
  EXPECT_EQ(r.code, 1) << r.err;  // the unknown rule is an error
  EXPECT_TRUE(
      absl::StrContains(r.out, txt + ":2:1: warning: 'claimcheck-disabel-next-line' (line 2) is no "
                                     "claimcheck directive and suppresses nothing; the directives are "
                                     "claimcheck-disable, claimcheck-disable-next-line and claimcheck-enable "
                                     "[claimcheck.unknown-directive]\n"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, txt +
                                           ":4:1: error: claimcheck-disable-next-line (line 4) names "
                                           "'hedged.modl', which is no rule or category of the loaded packs "
                                           "[claimcheck.unknown-rule]\n"))
      << r.out;
  // The misspelt and the unknown suppress nothing; a category does.
  EXPECT_TRUE(absl::StrContains(r.out, "Costs »may« climb.")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "Rents »may« rise.")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "Fees »may« rise.")) << r.out;
}

TEST(CliTest, ConfigPrintsTheEffectiveConfigurationAndItsFile) {
  fs::path dir = fs::path(::testing::TempDir()) / "config_cmd";
  fs::remove_all(dir);
  fs::create_directories(dir / "desk" / "stories");
  std::ofstream(dir / ".claimcheck.yaml") << "fail_on: info\n";
  std::ofstream(dir / "desk" / ".claimcheck.yaml")
      << "disable: [hedged]\nseverity:\n  unsourced.weasel: error\n"
         "ignore: [\"*.md\"]\nfail_on: warning\n";
  std::ofstream(dir / "desk" / "stories" / "a.txt") << "Prices may rise.\n";
  // The nearest configuration at or above the path.
  Result r = Cli({"config", (dir / "desk" / "stories" / "a.txt").string()});
  EXPECT_EQ(r.code, 0) << r.err;
  const std::string file =
      (dir / "desk" / ".claimcheck.yaml").lexically_relative(fs::current_path()).string();
  EXPECT_EQ(r.out, "# from " + file +
                       "\n"
                       "default_rules: true\nrules: []\nenable: []\ndisable:\n  - \"hedged\"\n"
                       "severity:\n  unsourced.weasel: error\nignore:\n  - \"*.md\"\nfail_on: warning\n");
  Result top = Cli({"config", dir.string()});
  EXPECT_TRUE(absl::StrContains(top.out, "fail_on: info\n")) << top.out;
  Result none = Cli({"config", "--no-config", dir.string()});
  EXPECT_TRUE(absl::StartsWith(none.out, "# --no-config: none read\n")) << none.out;
}

TEST(CliTest, EachInputIsCheckedWithItsNearestConfiguration) {
  // desk/ gates warnings; desk/sport/ drops the unsourced rules and gates
  // errors; desk/drafts/ ignores every file a walk finds there. One run over
  // desk/ checks each file with its own; `claimcheck config` names them.
  fs::path dir = fs::path(::testing::TempDir()) / "nearest_config";
  fs::remove_all(dir);
  fs::create_directories(dir / "desk" / "sport");
  fs::create_directories(dir / "desk" / "drafts");
  std::ofstream(dir / "desk" / ".claimcheck.yaml") << "fail_on: warning\n";
  std::ofstream(dir / "desk" / "sport" / ".claimcheck.yaml") << "disable: [unsourced]\nfail_on: error\n";
  std::ofstream(dir / "desk" / "drafts" / ".claimcheck.yaml") << "ignore: [\"*\"]\n";
  const std::string story = "Council vote\n\nIt is understood that the budget will rise sharply next year.\n";
  for (const char* name : {"news.md", "sport/match.md", "drafts/draft.md"})
    std::ofstream(dir / "desk" / name) << story;
  const std::string desk = (dir / "desk").string();
  Result all = Cli({"check", "--format=jsonl", desk});
  EXPECT_EQ(all.code, 1) << all.err;  // desk/'s gate, on news.md's warning
  EXPECT_EQ(std::count(all.out.begin(), all.out.end(), '\n'), 1) << all.out;
  EXPECT_TRUE(absl::StrContains(all.out, "news.md\",")) << all.out;
  EXPECT_TRUE(absl::StrContains(all.out, "\"rule\":\"unsourced.agentless\"")) << all.out;
  EXPECT_TRUE(absl::StrContains(all.err, "claimcheck: 2 documents read, 0 failed")) << all.err;
  // The sport story alone: its configuration, no finding, a pass.
  Result sport = Cli({"check", (dir / "desk" / "sport" / "match.md").string()});
  EXPECT_EQ(sport.code, 0) << sport.err;
  const std::string sport_cfg =
      (dir / "desk" / "sport" / ".claimcheck.yaml").lexically_relative(fs::current_path()).string();
  EXPECT_TRUE(absl::StartsWith(Cli({"config", (dir / "desk" / "sport" / "match.md").string()}).out,
                               "# from " + sport_cfg + "\n"));
  // --config serves every input: the sport story is gated at warnings too.
  Result fixed = Cli({"check", "--config=" + (dir / "desk" / ".claimcheck.yaml").string(), desk});
  EXPECT_EQ(fixed.code, 1);
  EXPECT_TRUE(absl::StrContains(fixed.out, "match.md")) << fixed.out;
  // A nearer configuration that does not load fails its inputs, with its
  // place; the others are still checked.
  std::ofstream(dir / "desk" / "sport" / ".claimcheck.yaml") << "disable: [nosuch]\n";
  Result broken = Cli({"check", "--format=jsonl", desk});
  EXPECT_EQ(broken.code, 2);
  EXPECT_TRUE(absl::StrContains(broken.err, "match.md: not checked: " + sport_cfg +
                                                ":1:11: unknown rule or category 'nosuch' in 'disable'"))
      << broken.err;
  EXPECT_TRUE(absl::StrContains(broken.out, "news.md")) << broken.out;
}

TEST(CliTest, DisableAndMinSeverityOnTheCommandLine) {
  const std::string article = "testdata/corpus/summit_article.txt";
  // A category and a rule id.
  Result r = Cli({"check", "--format=jsonl", "--disable=hedged", "--disable=attribution.doubt", article});
  EXPECT_FALSE(absl::StrContains(r.out, "\"category\":\"hedged\"")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "\"rule\":\"attribution.doubt\"")) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"rule\":\"disputed.unsupported\"")) << r.out;
  Result bad = Cli({"check", "--disable=nonsense", article});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "claimcheck: --disable: unknown rule or category 'nonsense' in 'disable'\n");
  // --min-severity hides what --fail-on would not fail on; the summary counts
  // what is shown.
  Result shown = Cli({"check", "--min-severity=warning", "--fail-on=info", article});
  EXPECT_EQ(shown.code, 1);
  EXPECT_FALSE(absl::StrContains(shown.out, "info:")) << shown.out;
  EXPECT_EQ(shown.err,
            "claimcheck: 1 document read, 0 failed, 4020 bytes; findings: 0 errors, 9 warnings, 0 info\n");
  Result unknown = Cli({"check", "--min-severity=loud", article});
  EXPECT_EQ(unknown.code, 2);
  EXPECT_TRUE(absl::StartsWith(unknown.err,
                               "claimcheck: unknown --min-severity 'loud' (expected error, warning or info)"))
      << unknown.err;
}

TEST(CliTest, ProjectConfigurationIsFoundAndValidated) {
  fs::path dir = fs::path(::testing::TempDir()) / "project";
  fs::remove_all(dir);
  fs::create_directories(dir / "drafts");
  fs::create_directories(dir / "house");
  fs::create_directories(dir / "stories");
  std::ofstream(dir / ".claimcheck.yaml") << "rules: [house/]\ndisable: [hedged.adverb]\n"
                                             "severity:\n  hedged.modal: error\n"
                                             "ignore: [\"drafts/*\"]\nfail_on: warning\n";
  std::ofstream(dir / "house" / "h.yaml") << "rules:\n  - id: house.torpedoed\n    category: attribution\n"
                                             "    severity: warning\n    words: [torpedoed]\n"
                                             "    message: headline-speak\n";
  std::ofstream(dir / "stories" / "s.txt")
      << "Prices may rise. The senator torpedoed the plan. It is probably late.\n";
  std::ofstream(dir / "drafts" / "d.txt") << "Prices may rise.\n";
  // Found from the input's directory upwards (stories/ -> project/).
  Result r = Cli({"check", "--format=jsonl", dir.string()});
  EXPECT_EQ(r.code, 1) << r.err;  // fail_on: warning
  EXPECT_TRUE(
      absl::StrContains(r.out, "\"rule\":\"hedged.modal\",\"category\":\"hedged\",\"severity\":\"error\""))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\"rule\":\"house.torpedoed\"")) << r.out;
  EXPECT_FALSE(absl::StrContains(r.out, "hedged.adverb")) << r.out;  // disabled
  EXPECT_FALSE(absl::StrContains(r.out, "drafts")) << r.out;         // ignored
  // From a directory below it and from a file there: the walk goes up past
  // directories with no configuration of their own.
  for (const fs::path& input : {dir / "stories", dir / "stories" / "s.txt"}) {
    Result below = Cli({"check", "--format=jsonl", input.string()});
    EXPECT_EQ(below.code, 1) << input << below.err;
    EXPECT_TRUE(absl::StrContains(below.out, "\"rule\":\"house.torpedoed\"")) << input << below.out;
    EXPECT_FALSE(absl::StrContains(below.out, "hedged.adverb")) << input << below.out;
  }
  Result off = Cli({"check", "--format=jsonl", "--no-config", (dir / "stories").string()});
  EXPECT_TRUE(absl::StrContains(off.out, "hedged.adverb")) << off.out;
  std::ofstream(dir / "bad.yaml") << "rules: [house/]\ndisabel: [x]\n";
  Result bad = Cli({"check", "--config", (dir / "bad.yaml").string(), (dir / "stories").string()});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "claimcheck: " + (dir / "bad.yaml").string() +
                         ":2:10: key 'disabel': unknown key; did you mean 'disable'?\n");
}

TEST(CliTest, IgnoreSkipsWhatAWalkFindsNeverANamedInputAndNoDocumentIsAnError) {
  fs::path dir = fs::path(::testing::TempDir()) / "ignoring";
  fs::remove_all(dir);
  fs::create_directories(dir / "drafts");
  fs::create_directories(dir / "empty");
  std::ofstream(dir / ".claimcheck.yaml") << "ignore: [\"*\"]\n";
  std::ofstream(dir / "drafts" / "d.txt") << "Officials said the plan may fail.\n";
  std::ofstream(dir / "a.txt") << "Officials said the plan may fail.\n";
  // Named inputs are read whatever the globs say.
  Result named = Cli({"check", "--format=jsonl", "--fail-on=info", (dir / "a.txt").string(),
                      (dir / "drafts" / "d.txt").string()});
  EXPECT_EQ(named.code, 1) << named.err;
  EXPECT_TRUE(absl::StrContains(named.out, "a.txt")) << named.out;
  EXPECT_TRUE(absl::StrContains(named.out, "d.txt")) << named.out;
  // A walk that finds nothing to read checks nothing: an error, not a pass.
  Result walked = Cli({"check", "--fail-on=info", dir.string()});
  EXPECT_EQ(walked.code, 2) << walked.err;
  EXPECT_TRUE(absl::StrContains(walked.err, "claimcheck: error: no documents read from " + dir.string() +
                                                " (empty, or every file ignored by the configuration)"))
      << walked.err;
  Result empty = Cli({"check", (dir / "empty").string()});
  EXPECT_EQ(empty.code, 2) << empty.err;
  // A report with no gate says so and passes.
  Result report = Cli({"check", "--fail-on=never", (dir / "empty").string()});
  EXPECT_EQ(report.code, 0) << report.err;
  EXPECT_TRUE(absl::StrContains(report.err, "claimcheck: warning: no documents read from")) << report.err;
  // An unclosed bracket is a configuration error at its position.
  std::ofstream(dir / ".claimcheck.yaml", std::ios::trunc) << "ignore:\n  - \"*.md\"\n  - \"[ab\"\n";
  Result glob = Cli({"check", (dir / "a.txt").string()});
  EXPECT_EQ(glob.code, 2);
  EXPECT_TRUE(absl::StartsWith(glob.err, "claimcheck: ")) << glob.err;
  EXPECT_TRUE(absl::EndsWith(glob.err,
                             "ignoring/.claimcheck.yaml:3:5: key 'ignore': invalid glob "
                             "'[ab': the \"[\" at character 1 is never closed\n"))
      << glob.err;
}

TEST(CliTest, RulesOffByDefaultRunOnlyWhenEnabled) {
  fs::path dir = fs::path(::testing::TempDir()) / "off_by_default";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "p.yaml") << "rules:\n  - id: p.slammed\n    category: attribution\n"
                                   "    severity: warning\n    enabled: false\n    words: [slammed]\n"
                                   "    message: headline-speak\n";
  std::ofstream(dir / "s.txt") << "The senator slammed the plan.\n";
  std::string pack = (dir / "p.yaml").string(), story = (dir / "s.txt").string();
  Result off = Cli({"check", "--format=jsonl", "--no-config", "--no-default-rules", "--rules", pack, story});
  EXPECT_EQ(off.out, "");
  Result on = Cli({"check", "--format=jsonl", "--no-config", "--no-default-rules", "--rules", pack,
                   "--enable=p.slammed", story});
  EXPECT_TRUE(absl::StrContains(on.out, "\"rule\":\"p.slammed\"")) << on.out;
  std::ofstream(dir / "cfg.yaml") << "enable: [p.slammed]\n";
  Result cfg = Cli({"check", "--format=jsonl", "--config", (dir / "cfg.yaml").string(), "--no-default-rules",
                    "--rules", pack, story});
  EXPECT_TRUE(absl::StrContains(cfg.out, "\"rule\":\"p.slammed\"")) << cfg.out;
  Result unknown =
      Cli({"check", "--no-config", "--no-default-rules", "--rules", pack, "--enable=p.slamed", story});
  EXPECT_EQ(unknown.code, 2);
  EXPECT_EQ(unknown.err, "claimcheck: --enable: unknown rule or category 'p.slamed' in 'enable'\n");
  Result listed = Cli({"rules", "--no-config", "--no-default-rules", "--rules", pack});
  EXPECT_FALSE(absl::StrContains(listed.out, "p.slammed")) << listed.out;
  Result all = Cli({"rules", "--all", "--no-config", "--no-default-rules", "--rules", pack});
  EXPECT_TRUE(absl::StrContains(all.out, "p.slammed")) << all.out;
  EXPECT_TRUE(absl::StrContains(all.out, "(off by default")) << all.out;
}

TEST(CliTest, BuiltinFixturesPass) {
  Result r = Cli({"test"});
  EXPECT_EQ(r.code, 0) << r.out;
  // Every pack has cases, all of them pass, and the total counts them all
  // ("0 passed, 0 failed" is no pass).
  int checks = 0, packs = 0;
  for (absl::string_view line : absl::StrSplit(r.out, '\n')) {
    std::vector<std::string> parts = absl::StrSplit(line, absl::ByAnyChar(":,"));
    if (parts.size() != 4 || !absl::EndsWith(parts[0], ".test.txt") || absl::StartsWith(parts[0], "note ")) {
      continue;
    }
    ++packs;
    int cases = std::stoi(parts[1]), n = std::stoi(parts[2]);
    EXPECT_GE(cases, 20) << line;
    EXPECT_GE(n, cases) << line;
    EXPECT_EQ(parts[3], " 0 failed") << line;
    checks += n;
  }
  EXPECT_EQ(packs, 5) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, absl::StrCat("\n", checks, " passed, 0 failed\n"))) << r.out;
}

TEST(CliTest, FixtureFailsOnAFindingNoMarkerNames) {
  // Two rules fire on the case; it names only one of them.
  fs::path dir = fs::path(::testing::TempDir()) / "exact_fixture";
  fs::create_directories(dir);
  std::ofstream(dir / "pack.yaml")
      << "pack: pack\nrules:\n"
         "  - id: pack.may\n    category: hedged\n    severity: warning\n    words: [may]\n"
         "    message: m\n"
         "  - id: pack.soon\n    category: hedged\n    severity: info\n    words: [soon]\n"
         "    message: m\n";
  std::ofstream(dir / "pack.test.txt") << "# ruleid: pack.may \"may\"\nThe bridge may reopen soon.\n";
  Result r = Cli({"test", (dir / "pack.yaml").string()});
  EXPECT_EQ(r.code, 1) << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "pack.test.txt:2: unexpected pack.soon on \"soon\"")) << r.out;
  // Named, it passes.
  std::ofstream(dir / "pack.test.txt") << "# ruleid: pack.may \"may\"\n# ruleid: pack.soon \"soon\"\n"
                                          "The bridge may reopen soon.\n";
  Result ok = Cli({"test", (dir / "pack.yaml").string()});
  EXPECT_EQ(ok.code, 0) << ok.out;
  EXPECT_TRUE(absl::StrContains(ok.out, "2 passed, 0 failed")) << ok.out;
}

TEST(CliTest, RulesListsEveryBuiltinRule) {
  Result r = Cli({"rules"});
  EXPECT_EQ(r.code, 0);
  EXPECT_TRUE(absl::StartsWith(
      r.out, "attribution.doubt\tattribution\twarning\tclaim\t<built-in>/rules/attribution.yaml:"))
      << r.out;
  EXPECT_TRUE(absl::StrContains(r.out, "\nunsourced.figure\tunsourced\tinfo\tfigure\t"));
}

}  // namespace
}  // namespace claimcheck
