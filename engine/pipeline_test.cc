#include "engine/pipeline.h"

#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

// A pack of two word rules of our own: one warning, one info.
constexpr char kPack[] =
    "rules:\n"
    "  - id: t.hedge\n"
    "    category: hedged\n"
    "    severity: warning\n"
    "    words: [supposedly]\n"
    "    message: \"hedge {match}\"\n"
    "  - id: t.soft\n"
    "    category: attribution\n"
    "    severity: info\n"
    "    words: [mused]\n"
    "    message: \"soft verb {match}\"\n";

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ::testing::UnitTest::GetInstance()->current_test_info()->name();
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    Write("pack.yaml", kPack);
  }
  std::string Write(const std::string& name, const std::string& text) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
  PipelineOptions Options() const {
    PipelineOptions o;
    o.no_default_rules = true;
    o.rule_paths = {(dir_ / "pack.yaml").string()};
    return o;
  }
  // The pipeline's findings on `text` read as the plain-text file `name`.
  CheckResult CheckText(const Pipeline& p, const std::string& name, const std::string& text) {
    absl::StatusOr<Document> doc = ParseText(Write(name, text), text);
    EXPECT_TRUE(doc.ok()) << doc.status();
    Analysis a;
    EXPECT_TRUE(p.Analyze(*doc, &a).ok());
    return p.Check(*doc, a);
  }
  fs::path dir_;
};

TEST_F(PipelineTest, ChecksOneDocumentWithTheRulesItWasGiven) {
  PipelineOptions o = Options();
  o.no_config = true;
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(o, dir_.string());
  ASSERT_TRUE(p.ok()) << p.status();
  ASSERT_EQ((*p)->rules().rules().size(), 2u);
  const std::string text = "The plan was supposedly final. The mayor mused about it.\n";
  CheckResult r = CheckText(**p, "a.txt", text);
  ASSERT_EQ(r.error, "");
  ASSERT_EQ(r.findings.size(), 2u);
  EXPECT_EQ(r.findings[0].rule, "t.hedge");
  EXPECT_EQ(text.substr(r.findings[0].span.start, r.findings[0].span.size()), "supposedly");
  EXPECT_EQ(r.findings[0].message, "hedge supposedly");
  EXPECT_EQ(r.findings[1].rule, "t.soft");
  EXPECT_EQ(text.substr(r.findings[1].span.start, r.findings[1].span.size()), "mused");
  EXPECT_EQ(r.by_severity[static_cast<int>(Severity::kWarning)], 1u);
  EXPECT_EQ(r.by_severity[static_cast<int>(Severity::kInfo)], 1u);
  EXPECT_FALSE(r.failing);  // the default gate is error
}

TEST_F(PipelineTest, MinSeverityAndGate) {
  PipelineOptions o = Options();
  o.no_config = true;
  o.min_severity = Severity::kWarning;
  o.fail_on = "warning";
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(o, dir_.string());
  ASSERT_TRUE(p.ok()) << p.status();
  CheckResult r = CheckText(**p, "a.txt", "The plan was supposedly final, and the mayor mused about it.\n");
  ASSERT_EQ(r.findings.size(), 1u);
  EXPECT_EQ(r.findings[0].rule, "t.hedge");
  EXPECT_TRUE(r.failing);
}

TEST_F(PipelineTest, EachInputHasItsNearestConfiguration) {
  Write("desk/.claimcheck.yaml", "disable: [hedged]\n");
  Write("desk/drafts/.claimcheck.yaml", "rules: [broken.yaml]\n");
  Write("desk/drafts/broken.yaml", "rules:\n  - id: x\n");
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(Options(), dir_.string());
  ASSERT_TRUE(p.ok()) << p.status();
  const std::string text = "The plan was supposedly final, and the mayor mused about it.\n";
  CheckResult top = CheckText(**p, "top.txt", text);
  ASSERT_EQ(top.findings.size(), 2u);
  CheckResult desk = CheckText(**p, "desk/story.txt", text);
  ASSERT_EQ(desk.findings.size(), 1u);
  EXPECT_EQ(desk.findings[0].rule, "t.soft");
  CheckResult drafts = CheckText(**p, "desk/drafts/story.txt", text);
  EXPECT_TRUE(drafts.findings.empty());
  EXPECT_NE(drafts.error.find("desk/drafts/story.txt: not checked: "), std::string::npos) << drafts.error;
  EXPECT_NE(drafts.error.find("broken.yaml:2:"), std::string::npos) << drafts.error;
}

TEST_F(PipelineTest, ConfigurationErrorsNameTheFile) {
  PipelineOptions o = Options();
  o.config_file = Write("bad.yaml", "fail_on: sometimes\n");
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(o, dir_.string());
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.status().message().find("bad.yaml:1:"), absl::string_view::npos) << p.status();
}

TEST_F(PipelineTest, BaselineHidesKnownFindings) {
  PipelineOptions o = Options();
  o.no_config = true;
  o.baseline_lines = true;
  absl::StatusOr<std::unique_ptr<Pipeline>> first = Pipeline::Create(o, dir_.string());
  ASSERT_TRUE(first.ok()) << first.status();
  const std::string text = "The plan was supposedly final, and the mayor mused about it.\n";
  CheckResult r = CheckText(**first, "a.txt", text);
  ASSERT_EQ(r.findings.size(), 2u);
  // Keep only the hedge's line: the soft verb stays new.
  std::string hedge_line = r.baseline_lines.substr(0, r.baseline_lines.find('\n') + 1);
  ASSERT_NE(hedge_line.find("\tt.hedge\tsupposedly\n"), std::string::npos) << r.baseline_lines;
  o.baseline_file = Write("baseline.txt", "# header\n" + hedge_line);
  o.baseline_lines = false;
  absl::StatusOr<std::unique_ptr<Pipeline>> second = Pipeline::Create(o, dir_.string());
  ASSERT_TRUE(second.ok()) << second.status();
  ASSERT_EQ((*second)->baseline().size(), 1u);
  CheckResult again = CheckText(**second, "a.txt", text);
  ASSERT_EQ(again.findings.size(), 1u);
  EXPECT_EQ(again.findings[0].rule, "t.soft");
  ASSERT_EQ(again.hidden.size(), 1u);
  EXPECT_EQ(again.hidden[0], hedge_line.substr(0, 16));

  o.baseline_file = Write("not_a_baseline.txt", "hello\n");
  absl::StatusOr<std::unique_ptr<Pipeline>> bad = Pipeline::Create(o, dir_.string());
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(
      bad.status().message(),
      absl::StrCat(o.baseline_file,
                   ":1: not a baseline line (expected FINGERPRINT<TAB>RULE<TAB>TEXT, as --write-baseline "
                   "writes)"));
}

// Records what a Run hands its sink, as a front door would.
class RecordingSink : public DocumentSink {
 public:
  explicit RecordingSink(const Pipeline& p) : p_(p) {}
  void Process(const Document& doc, const Analysis& a, DocResult* out) override {
    out->check = p_.Check(doc, a);
    out->text = absl::StrCat(doc.doc_id, ":", out->check.findings.size());
  }
  void Emit(const DocResult& r) override { events.push_back(r.text); }
  void Error(absl::string_view message) override { events.push_back(absl::StrCat("error ", message)); }
  void Notice(absl::string_view message) override { events.push_back(absl::StrCat("notice ", message)); }
  std::vector<std::string> events;

 private:
  const Pipeline& p_;
};

TEST_F(PipelineTest, RunEmitsInInputOrderWhateverTheJobs) {
  std::string jsonl;
  std::vector<std::string> expected;
  for (int i = 0; i < 300; ++i) {
    if (i == 150) {
      jsonl += "{\"id\": \"broken\", \"text\": \n";  // line 151
      expected.push_back("error -:151:25: malformed JSON: unexpected end of the text");
      continue;
    }
    const bool hedged = i % 3 == 0;
    jsonl += absl::StrCat("{\"id\": \"d", i, "\", \"text\": \"The plan for ward ", i,
                          hedged ? " was supposedly" : " was", " final. The council met.\"}\n");
    expected.push_back(absl::StrCat("d", i, ":", hedged ? 1 : 0));
  }
  for (int jobs : {1, 3}) {
    PipelineOptions o = Options();
    o.no_config = true;
    o.jobs = jobs;
    absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::Create(o, "-");
    ASSERT_TRUE(p.ok()) << p.status();
    RecordingSink sink(**p);
    std::istringstream in(jsonl);
    RunTotals t = (*p)->Run({"-"}, in, &sink);
    EXPECT_EQ(t.docs, 299u);
    EXPECT_EQ(t.failed, 1u);
    EXPECT_EQ(t.by_severity[static_cast<int>(Severity::kWarning)], 99u);  // (record 150 is the broken one)
    EXPECT_EQ(t.bytes, jsonl.size());
    ASSERT_EQ(sink.events.size(), expected.size()) << "jobs " << jobs;
    for (size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(sink.events[i], expected[i]) << "jobs " << jobs << ", record " << i;
    }
  }
}

TEST_F(PipelineTest, AnalysisOnlyPipelineHasNoRules) {
  absl::StatusOr<std::unique_ptr<Pipeline>> p = Pipeline::CreateForAnalysis(PipelineOptions{});
  ASSERT_TRUE(p.ok()) << p.status();
  EXPECT_TRUE((*p)->rules().rules().empty());
  absl::StatusOr<Document> doc = ParseText("x.txt", "\"We will win,\" the coach said.\n");
  ASSERT_TRUE(doc.ok());
  Analysis a;
  ASSERT_TRUE((*p)->Analyze(*doc, &a).ok());
  ASSERT_EQ(a.quotes.size(), 1u);
}

}  // namespace
}  // namespace claimcheck
