// Output formats: exact GitHub/JUnit escaping, SARIF structure, and SARIF
// validated by Microsoft's SARIF Multitool (installed by tools/setup.sh --tests).
#include "engine/output/formats.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "engine/json/json_reader.h"
#include "gtest/gtest.h"
#include "tools/cli_testing.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

TEST(FormatsTest, GithubEscaping) {
  EXPECT_EQ(GithubEscapeData("50% of\r\nvoters"), "50%25 of%0D%0Avoters");
  EXPECT_EQ(GithubEscapeProperty("a:b,c%"), "a%3Ab%2Cc%25");
}

TEST(FormatsTest, XmlEscapingDropsForbiddenCharacters) {
  EXPECT_EQ(XmlEscape("<a href=\"x\">'&'\x01</a>"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
}

TEST(FormatsTest, GithubAnnotations) {
  std::string out = Cli({"check", "--format=github", "testdata/corpus/summit_article.txt"}).out;
  EXPECT_TRUE(absl::StartsWith(
      out,
      "::warning file=testdata/corpus/summit_article.txt,line=4,col=55,endLine=4,endColumn=62,"
      "title=attribution.doubt::“claimed” casts doubt on what Donald Trump said; “said” is neutral\n"))
      << out;
  EXPECT_TRUE(absl::StrContains(out, "::notice file=testdata/corpus/summit_article.txt,line=5,col=81,"));
}

TEST(FormatsTest, AJsonlRecordsFindingsPointAtItsLineOfTheFile) {
  fs::path dir = fs::path(::testing::TempDir()) / "records";
  fs::create_directories(dir);
  const std::string file = (dir / "r.jsonl").string();
  std::ofstream(file) << "{\"id\":\"a1\",\"text\":\"Prices may rise.\"}\n"
                         "{\"id\":\"a2\",\"text\":\"Intro.\\n\\nIt is believed the plan will fail.\"}\n";
  // GitHub: the record's line of the .jsonl file; the place in its text in
  // the message.
  std::string gh = Cli({"check", "--format=github", file}).out;
  EXPECT_TRUE(absl::StrContains(gh, "::notice file=" + file + ",line=1,title=hedged.modal::[a1 1:8] “may”"))
      << gh;
  EXPECT_TRUE(
      absl::StrContains(gh, "::warning file=" + file + ",line=2,title=unsourced.agentless::[a2 3:1] "))
      << gh;
  // SARIF: the same line, the record as a logical location, the place in
  // its text in the result's properties.
  std::string sarif = Cli({"check", "--format=sarif", file}).out;
  JsonValue root;
  JsonError json_error;
  ASSERT_TRUE(ParseJson(sarif, &root, &json_error)) << json_error.message;
  const JsonValue& second = root["runs"][0]["results"][1];
  EXPECT_EQ(second["locations"][0]["physicalLocation"]["region"]["startLine"].text(), "2");
  EXPECT_EQ(second["locations"][0]["logicalLocations"][0]["name"].text(), "a2");
  const JsonValue& text = second["properties"]["textRegion"];
  EXPECT_EQ(text["startLine"].text(), "3");
  EXPECT_EQ(text["startColumn"].text(), "1");
  EXPECT_EQ(text["byteOffset"].text(), "8");
}

TEST(FormatsTest, JunitFailuresFollowFailOn) {
  CliResult r = Cli({"check", "--format=junit", "--fail-on=warning", "testdata/corpus/brief_notes.txt",
                     "testdata/corpus/summit_article.txt"});
  const std::string& out = r.out;
  EXPECT_EQ(r.code, 1);
  // Counts head the suite: a testcase per finding (12) and one for the
  // document with none; the 9 warnings fail, the 3 info findings pass.
  EXPECT_TRUE(absl::StartsWith(out,
                               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<testsuites name=\"claimcheck\" tests=\"13\" failures=\"9\" errors=\"0\">\n"
                               "  <testsuite name=\"claimcheck\" tests=\"13\" failures=\"9\" errors=\"0\" "
                               "skipped=\"0\">\n"))
      << out;
  EXPECT_TRUE(absl::StrContains(out,
                                "    <testcase classname=\"testdata/corpus/brief_notes.txt\" "
                                "name=\"testdata/corpus/brief_notes.txt\"/>\n"));
  EXPECT_TRUE(absl::StrContains(
      out,
      "    <testcase classname=\"testdata/corpus/summit_article.txt\" name=\"attribution.doubt at 4:55\">\n"
      "      <failure type=\"attribution.doubt\" message=\"“claimed” casts doubt on what Donald Trump said; "
      "“said” is neutral\">testdata/corpus/summit_article.txt:4:55: warning:"));
  // An info finding is shown, below --fail-on=warning: no failure.
  EXPECT_TRUE(absl::StrContains(out,
                                "name=\"hedged.in-quote at 5:81\">\n      "
                                "<system-out>testdata/corpus/summit_article.txt:5:81: info: "));
  // With the default gate (error) the warnings are shown too, none fails.
  std::string dflt = Cli({"check", "--format=junit", "testdata/corpus/summit_article.txt"}).out;
  EXPECT_TRUE(absl::StrContains(dflt, "tests=\"12\" failures=\"0\"")) << dflt;
  EXPECT_TRUE(absl::StrContains(dflt, "attribution.doubt at 4:55")) << dflt;
  std::string never =
      Cli({"check", "--format=junit", "--fail-on=never", "testdata/corpus/summit_article.txt"}).out;
  EXPECT_FALSE(absl::StrContains(never, "<failure"));
}

TEST(FormatsTest, SarifCarriesRulesLocationsAndRelatedPlaces) {
  std::string out = Cli({"check", "--format=sarif", "testdata/corpus/summit_article.txt"}).out;
  JsonValue root;
  JsonError json_error;
  ASSERT_TRUE(ParseJson(out, &root, &json_error)) << json_error.message << out.substr(0, 300);
  const JsonValue& run = root["runs"][0];
  EXPECT_EQ(run["columnKind"].text(), "unicodeCodePoints");
  EXPECT_EQ(run["tool"]["driver"]["name"].text(), "claimcheck");
  const std::vector<JsonValue>& results = run["results"].items();
  ASSERT_EQ(results.size(), 12u);
  const JsonValue& first = results[0];
  EXPECT_EQ(first["ruleId"].text(), "attribution.doubt");
  const JsonValue& region = first["locations"][0]["physicalLocation"]["region"];
  EXPECT_EQ(region["startLine"].text(), "4");
  EXPECT_EQ(region["startColumn"].text(), "55");
  EXPECT_EQ(region["endColumn"].text(), "62");
  EXPECT_EQ(region["snippet"]["text"].text(), "claimed");
  const std::vector<JsonValue>& related = first["relatedLocations"].items();
  ASSERT_EQ(related.size(), 2u);  // the speaker and the cue
  EXPECT_EQ(related[0]["message"]["text"].text(), "speaker");
  EXPECT_EQ(related[0]["physicalLocation"]["region"]["snippet"]["text"].text(), "He");
  // The contradicted claim points at its evidence.
  bool evidence = false;
  for (const JsonValue& r : results) {
    if (r["ruleId"].text() != "disputed.contradicted") continue;
    for (const JsonValue& rl : r["relatedLocations"].items()) {
      evidence |= rl["message"]["text"].text() == "evidence";
    }
  }
  EXPECT_TRUE(evidence);
}

TEST(FormatsTest, FingerprintsSurviveReflow) {
  fs::path dir = fs::path(::testing::TempDir()) / "reflow";
  fs::create_directories(dir);
  std::ofstream(dir / "a.txt") << "Intro line here.\n\nThe council may delay the vote on the new\nbudget, "
                                  "which reportedly\nraises taxes.\n";
  std::ofstream(dir / "b.txt") << "Intro line here.\n\nThe council\nmay delay the vote on the new budget, "
                                  "which\nreportedly raises taxes.\n";
  auto fingerprints = [](const std::string& sarif) {
    std::vector<std::string> fp;
    for (size_t p = sarif.find("claimcheckFinding/v1\":\""); p != std::string::npos;
         p = sarif.find("claimcheckFinding/v1\":\"", p + 1)) {
      fp.push_back(sarif.substr(p + 23, 16));
    }
    return fp;
  };
  std::vector<std::string> a = fingerprints(Cli({"check", "--format=sarif", (dir / "a.txt").string()}).out);
  std::vector<std::string> b = fingerprints(Cli({"check", "--format=sarif", (dir / "b.txt").string()}).out);
  ASSERT_EQ(a.size(), 2u);  // "may" and "reportedly"
  EXPECT_EQ(a, b);
}

TEST(FormatsTest, SarifPassesMicrosoftsValidator) {
  const char* tool = std::getenv("SARIF_MULTITOOL");
  std::string multitool =
      tool ? tool : "/opt/claimcheck/sarif/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool";
  if (!fs::exists(multitool)) {
    GTEST_SKIP() << multitool << " is missing (tools/setup.sh --tests installs it from the npm registry)";
  }
  fs::path dir = fs::path(::testing::TempDir()) / "sarif";
  fs::create_directories(dir);
  // Every input shape (text, Markdown, HTML, JSONL records, non-ASCII text)
  // by a relative path; one article by an absolute path and by one that
  // climbs out of the working directory ("../").
  const std::string here = fs::current_path().filename().string();
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"relative", "testdata/corpus"},
      {"absolute", fs::absolute("testdata/corpus/summit_article.txt").string()},
      {"parent", "../" + here + "/testdata/corpus/summit_article.txt"},
  };
  for (const auto& [name, input] : inputs) {
    std::string sarif = Cli({"check", "--format=sarif", input}).out;
    ASSERT_TRUE(absl::StrContains(sarif, "\"ruleId\"")) << name << ": " << sarif.substr(0, 300);
    // The rules' fixes are validated too (the summit article's "claimed").
    ASSERT_TRUE(absl::StrContains(sarif, "\"fixes\":[{\"description\"")) << name;
    const fs::path file = dir / (name + ".sarif"), report_file = dir / (name + ".report.sarif");
    std::ofstream(file) << sarif;
    std::string cmd = absl::StrCat(
        "cd ", dir.string(), " && DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 DOTNET_CLI_HOME=", dir.string(),
        " DOTNET_BUNDLE_EXTRACT_BASE_DIR=", dir.string(), " HOME=", dir.string(), " '", multitool,
        "' validate -o ", report_file.string(), " ", file.string(), " > ", (dir / "log.txt").string(),
        " 2>&1");
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    std::ifstream in(report_file);
    std::stringstream ss;
    ss << in.rdbuf();
    JsonValue report;
    JsonError json_error;
    ASSERT_TRUE(ParseJson(ss.str(), &report, &json_error)) << name << ": " << json_error.message;
    const std::vector<JsonValue>& results = report["runs"][0]["results"].items();
    std::string problems;
    for (const JsonValue& r : results)
      problems += r["ruleId"].text() + ": " + r["message"]["text"].text() + "\n";
    EXPECT_EQ(results.size(), 0u) << name << ":\n" << problems;
  }
}

TEST(FormatsTest, SarifUrisAreAbsoluteOrRelativeToANamedBase) {
  auto first_location = [](const std::string& sarif, std::string* uri, std::string* base, std::string* root) {
    JsonValue log;
    JsonError json_error;
    ASSERT_TRUE(ParseJson(sarif, &log, &json_error)) << json_error.message;
    const JsonValue& run = log["runs"][0];
    const JsonValue& loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"];
    *uri = loc["uri"].text();
    *base = loc["uriBaseId"].text();
    *root = run["originalUriBaseIds"]["SRCROOT"]["uri"].text();
  };
  const std::string cwd = fs::current_path().string();
  std::string uri, base, root;
  first_location(Cli({"check", "--format=sarif", "testdata/corpus/summit_article.txt"}).out, &uri, &base,
                 &root);
  EXPECT_EQ(uri, "testdata/corpus/summit_article.txt");
  EXPECT_EQ(base, "SRCROOT");
  EXPECT_EQ(root, "file://" + cwd + "/");
  first_location(Cli({"check", "--format=sarif", cwd + "/testdata/corpus/summit_article.txt"}).out, &uri,
                 &base, &root);
  EXPECT_EQ(uri, "file://" + cwd + "/testdata/corpus/summit_article.txt");
  EXPECT_EQ(base, "");
  const std::string here = fs::current_path().filename().string();
  first_location(Cli({"check", "--format=sarif", "../" + here + "/testdata/corpus/summit_article.txt"}).out,
                 &uri, &base, &root);
  EXPECT_EQ(uri, "file://" + cwd + "/testdata/corpus/summit_article.txt");
  EXPECT_EQ(base, "");
}

}  // namespace
}  // namespace claimcheck
