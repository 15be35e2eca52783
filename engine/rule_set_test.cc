#include "engine/rule_set.h"

#include "absl/strings/match.h"
#include "extractors/analysis.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

absl::StatusOr<RuleSet> Load(const std::string& yaml) {
  RuleSetBuilder b;
  if (auto s = b.AddPack("p.yaml", yaml); !s.ok()) return s;
  return b.Build();
}

std::string Error(const std::string& yaml) {
  auto r = Load(yaml);
  return r.ok() ? "ok" : std::string(r.status().message());
}

constexpr char kRule[] =
    "rules:\n"
    "  - id: t.modal\n"
    "    category: hedged\n"
    "    severity: warning\n"
    "    case_sensitive: true\n"
    "    words: [may, could]\n"
    "    unless:\n"
    "      followed_by: [not]\n"
    "    message: \"hedge {match}\"\n";

TEST(RuleLoaderTest, ValidPackLoads) {
  auto r = Load(kRule);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->rules().size(), 1u);
  EXPECT_EQ(r->rules()[0]->id, "t.modal");
  EXPECT_EQ(r->rules()[0]->type, "lexical");
  EXPECT_EQ(r->rules()[0]->line, 2);
}

TEST(RuleLoaderTest, UnknownKeySuggestsTheNearestOne) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: info\n    mesage: m\n    words: [x]\n"),
            "p.yaml:5:13: rule 'a': key 'mesage': unknown key; did you mean 'message'?");
}

TEST(RuleLoaderTest, MissingKeyIsNamed) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    severity: info\n    message: m\n    words: [x]\n"),
            "p.yaml:2:5: rule 'a': key 'category': missing required key");
}

TEST(RuleLoaderTest, BadSeverity) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: fatal\n    message: m\n    words: [x]\n"),
            "p.yaml:4:15: rule 'a': key 'severity': unknown severity 'fatal' (expected error, warning or info)");
}

TEST(RuleLoaderTest, DuplicateIds) {
  std::string two = std::string(kRule) + "  - id: t.modal\n    category: c\n    severity: info\n"
                                          "    message: m\n    words: [x]\n";
  EXPECT_EQ(Error(two), "p.yaml:10:9: rule 't.modal': key 'id': duplicate rule id (first defined at p.yaml:2)");
}

TEST(RuleLoaderTest, RegexRejectedByRe2) {
  std::string e = Error("rules:\n  - id: a\n    category: c\n    severity: info\n    message: m\n    regex: \"(unclosed\"\n");
  EXPECT_TRUE(absl::StartsWith(e, "p.yaml:6:12: rule 'a': key 'regex': invalid regular expression: missing ): (unclosed")) << e;
}

TEST(RuleLoaderTest, InvalidYamlNamesLineAndColumn) {
  std::string e = Error("rules:\n  - id: [a\n");
  EXPECT_TRUE(absl::StartsWith(e, "p.yaml:3:1: invalid YAML: ")) << e;
}

TEST(RuleLoaderTest, UnknownPlaceholderAndType) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: info\n    message: \"{speker}\"\n    words: [x]\n"),
            "p.yaml:5:14: rule 'a': key 'message': unknown placeholder {speker}; did you mean {speaker}? "
            "(placeholders: {match} {speaker} {cue} {claim} {evidence})");
  std::string e = Error("rules:\n  - id: a\n    type: clam\n    category: c\n    severity: info\n    message: m\n");
  EXPECT_EQ(e, "p.yaml:3:11: rule 'a': key 'type': unknown rule type 'clam'; did you mean 'claim'? "
               "(types: lexical, claim, evidence, figure)");
}

std::vector<std::string> Fire(const RuleSet& rules, const std::string& text) {
  Document doc;
  doc.text = text;
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  std::vector<std::string> out;
  for (const Finding& f : rules.Check(doc, a)) {
    out.push_back(f.rule + "@" + std::to_string(f.span.start) + ":" + text.substr(f.span.start, f.span.size()) +
                  " | " + f.message);
  }
  return out;
}

TEST(RuleSetTest, LexicalRuleWithGuardsAndScope) {
  auto r = Load(kRule);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Fire(*r, "Gains may slow in May. It could not stop."),
            (std::vector<std::string>{"t.modal@6:may | hedge may"}));
  // Inside a quote is not narration.
  EXPECT_TRUE(Fire(*r, "\"Gains may slow,\" she said.").empty());
}

TEST(RuleSetTest, ClaimRuleOnCueClass) {
  auto r = Load("rules:\n  - id: t.loaded\n    type: claim\n    category: attribution\n"
                "    severity: warning\n    cue_class: [loaded]\n    speaker: present\n"
                "    message: \"{speaker} {cue}: {claim}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fire(*r, "Lee insisted the vote was fair. Park said it was not."),
            (std::vector<std::string>{"t.loaded@4:insisted | Lee insisted: the vote was fair"}));
}

TEST(RuleSetTest, BuiltinPacksLoad) {
  auto r = LoadRuleSet({}, true);
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_NE(r->Find("hedged.modal"), nullptr);
  EXPECT_NE(r->Find("disputed.contradicted"), nullptr);
  EXPECT_NE(r->Find("unsourced.figure"), nullptr);
  EXPECT_NE(r->Find("attribution.doubt"), nullptr);
}

}  // namespace
}  // namespace claimcheck
