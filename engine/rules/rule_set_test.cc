#include "engine/rules/rule_set.h"

#include <algorithm>
#include <random>

#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "extractors/analysis.h"
#include "gtest/gtest.h"
#include "re2/re2.h"

namespace claimcheck {
namespace {

absl::StatusOr<RuleSet> Load(const std::string& yaml, bool set_only = false) {
  RuleSetBuilder b;
  if (set_only) b.SetOnlyPrefilterForTesting();
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
  EXPECT_EQ(
      Error("rules:\n  - id: a\n    category: c\n    severity: fatal\n    message: m\n    words: [x]\n"),
      "p.yaml:4:15: rule 'a': key 'severity': unknown severity 'fatal' (expected error, warning or info)");
}

TEST(RuleLoaderTest, DuplicateIds) {
  std::string two = std::string(kRule) +
                    "  - id: t.modal\n    category: c\n    severity: info\n"
                    "    message: m\n    words: [x]\n";
  EXPECT_EQ(Error(two),
            "p.yaml:10:9: rule 't.modal': key 'id': duplicate rule id (first defined at p.yaml:2)");
}

TEST(RuleLoaderTest, RegexRejectedByRe2) {
  std::string e = Error(
      "rules:\n  - id: a\n    category: c\n    severity: info\n    message: m\n    regex: \"(unclosed\"\n");
  EXPECT_TRUE(absl::StartsWith(
      e, "p.yaml:6:12: rule 'a': key 'regex': invalid regular expression: missing ): (unclosed"))
      << e;
}

TEST(RuleLoaderTest, InvalidYamlNamesLineAndColumn) {
  std::string e = Error("rules:\n  - id: [a\n");
  EXPECT_TRUE(absl::StartsWith(e, "p.yaml:3:1: invalid YAML: ")) << e;
}

TEST(RuleLoaderTest, UnknownPlaceholderAndType) {
  EXPECT_EQ(Error("rules:\n  - id: a\n    category: c\n    severity: info\n    message: \"{speker}\"\n    "
                  "words: [x]\n"),
            "p.yaml:5:14: rule 'a': key 'message': unknown placeholder {speker}; did you mean {speaker}? "
            "(placeholders: {match} {speaker} {cue} {claim} {evidence} {headline})");
  std::string e =
      Error("rules:\n  - id: a\n    type: clam\n    category: c\n    severity: info\n    message: m\n");
  EXPECT_EQ(e,
            "p.yaml:3:11: rule 'a': key 'type': unknown rule type 'clam'; did you mean 'claim'? "
            "(types: lexical, claim, evidence, figure, headline)");
}

std::vector<std::string> Show(const std::vector<Finding>& findings, const std::string& text) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    out.push_back(f.rule + "@" + std::to_string(f.span.start) + ":" +
                  text.substr(f.span.start, f.span.size()) + " | " + f.message);
  }
  return out;
}

std::vector<std::string> Fire(const RuleSet& rules, const std::string& text) {
  Document doc;
  doc.text = text;
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  return Show(rules.Check(doc, a), text);
}

TEST(RuleSetTest, NoBreakAndOtherUnicodeSpacesAreWhiteSpaceToRules) {
  // Web copy writes U+00A0 between words ("appeared\u00a0in"): a guard, a
  // phrase and a \\s in a regex see a space there, and offsets are the text's.
  auto rules = Load(
      "rules:\n"
      "  - id: t.seem\n    category: hedged\n    severity: warning\n"
      "    words: [appeared, seems to]\n    unless:\n      followed_by: [in]\n    message: \"m\"\n"
      "  - id: t.re\n    category: hedged\n    severity: info\n"
      "    regex: \"\\\\bmay\\\\s+well\\\\b\"\n    message: \"m\"\n");
  ASSERT_TRUE(rules.ok()) << rules.status();
  const std::string nbsp = "\xC2\xA0", thin = "\xE2\x80\x89";
  const std::string text = "The phrase has appeared" + nbsp + "in speeches. It seems" + thin +
                           "to work. It may" + nbsp + "well rain.";
  EXPECT_EQ(
      Fire(*rules, text),
      (std::vector<std::string>{"t.seem@" + std::to_string(text.find("seems")) + ":seems" + thin + "to | m",
                                "t.re@" + std::to_string(text.find("may")) + ":may" + nbsp + "well | m"}));
}

TEST(RuleSetTest, AWordListAndARegexInOneRuleFindEveryMatchInOrder) {
  // The words are searched on their own and the regex beside them; every
  // match of either is found, left to right, and where both start at the
  // same place the phrase wins (the words come first in the rule's pattern).
  auto rules = Load(
      "rules:\n"
      "  - id: t.both\n    category: disputed\n    severity: info\n    scope: any\n"
      "    words: [is false, hoax]\n"
      "    regex: \"\\\\b(?:is|was)\\\\s+\\\\w+ly\\\\s+false\\\\b|\\\\bhoax\\\\w*\"\n    message: \"m\"\n");
  ASSERT_TRUE(rules.ok()) << rules.status();
  const std::string text = "It was plainly false. The hoax is false. A hoaxer said it was wholly false.";
  EXPECT_EQ(Fire(*rules, text),
            (std::vector<std::string>{
                "t.both@" + std::to_string(text.find("was plainly")) + ":was plainly false | m",
                "t.both@" + std::to_string(text.find("hoax ")) + ":hoax | m",
                "t.both@" + std::to_string(text.find("is false")) + ":is false | m",
                "t.both@" + std::to_string(text.find("hoaxer")) + ":hoaxer | m",
                "t.both@" + std::to_string(text.find("was wholly")) + ":was wholly false | m"}));
}

Finding At(const std::string& rule, const std::string& category, Severity severity, size_t start, size_t end,
           int specificity = 0) {
  Finding f;
  f.rule = rule;
  f.category = category;
  f.severity = severity;
  f.span = {start, end};
  f.message = "m";
  f.specificity = specificity;
  return f;
}

std::vector<std::string> Folded(std::vector<Finding> sorted) {
  std::vector<std::string> out;
  for (const Finding& f : OneFindingPerSpan(std::move(sorted))) {
    out.push_back(f.rule + "@" + std::to_string(f.span.start) + "-" + std::to_string(f.span.end) + " " +
                  f.message);
  }
  return out;
}

TEST(OneFindingPerSpanTest, TheSameWordsAreReportedOnce) {
  // One rule twice on the same words (two claims sharing a cue): one finding.
  EXPECT_EQ(Folded({At("a.doubt", "attribution", Severity::kWarning, 10, 17, 1),
                    At("a.doubt", "attribution", Severity::kWarning, 10, 17, 1)}),
            (std::vector<std::string>{"a.doubt@10-17 m"}));
  // Two rules on the same words: the one over extracted structure is kept
  // and names the other.
  EXPECT_EQ(Folded({At("u.agentless", "unsourced", Severity::kWarning, 0, 16, 1),
                    At("u.weasel", "unsourced", Severity::kWarning, 0, 16, 0)}),
            (std::vector<std::string>{"u.agentless@0-16 m (also u.weasel)"}));
  // Overlapping words of one category: the more severe is kept.
  EXPECT_EQ(Folded({At("h.adverb", "hedged", Severity::kInfo, 4, 15),
                    At("h.modal", "hedged", Severity::kWarning, 10, 25)}),
            (std::vector<std::string>{"h.modal@10-25 m (also h.adverb)"}));
  // Equal rank: the longer match says more ("would likely" over "likely").
  EXPECT_EQ(Folded({At("h.modal", "hedged", Severity::kWarning, 0, 12),
                    At("h.adverb", "hedged", Severity::kWarning, 6, 12)}),
            (std::vector<std::string>{"h.modal@0-12 m (also h.adverb)"}));
  // Nearly the same words across categories ("is said to be": hearsay and agentless).
  EXPECT_EQ(Folded({At("h.hearsay", "hedged", Severity::kWarning, 5, 18),
                    At("u.agentless", "unsourced", Severity::kWarning, 5, 15, 1)}),
            (std::vector<std::string>{"u.agentless@5-15 m (also h.hearsay)"}));
}

TEST(OneFindingPerSpanTest, DifferentProblemsInOnePlaceAreBothReported) {
  // A hedge inside a long disputed claim is a problem of its own.
  EXPECT_EQ(Folded({At("d.contradicted", "disputed", Severity::kWarning, 0, 80, 1),
                    At("h.modal", "hedged", Severity::kWarning, 30, 35)}),
            (std::vector<std::string>{"d.contradicted@0-80 m", "h.modal@30-35 m"}));
  // Adjacent words do not overlap.
  EXPECT_EQ(Folded({At("h.modal", "hedged", Severity::kWarning, 0, 5),
                    At("h.adverb", "hedged", Severity::kWarning, 5, 13)}),
            (std::vector<std::string>{"h.modal@0-5 m", "h.adverb@5-13 m"}));
}

TEST(RuleSetTest, LexicalRuleWithGuardsAndScope) {
  auto r = Load(kRule);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(Fire(*r, "Gains may slow in May. It could not stop."),
            (std::vector<std::string>{"t.modal@6:may | hedge may"}));
  // Inside a quote is not narration.
  EXPECT_TRUE(Fire(*r, "\"Gains may slow,\" she said.").empty());
}

TEST(RuleSetTest, GuardsForOneWordOfTheList) {
  auto r = Load(
      "rules:\n  - id: t.adverb\n    category: hedged\n    severity: warning\n"
      "    words: [likely, probably]\n"
      "    unless:\n"
      "      word_preceded_by:\n        likely: [the, more]\n"
      "      word_not_followed_by:\n        likely: [to, that]\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  // "likely" counts only before "to" or "that", and not after "the" or "more".
  EXPECT_EQ(Fire(*r, "The plan is likely to fail."),
            (std::vector<std::string>{"t.adverb@12:likely | likely"}));
  EXPECT_TRUE(Fire(*r, "The likely cost rose.").empty());
  EXPECT_TRUE(Fire(*r, "Young voters are more likely to stay home.").empty());
  EXPECT_TRUE(Fire(*r, "The likely winner is Lee.").empty());
  // The guards are for "likely" alone: "probably" after "the" still counts.
  EXPECT_EQ(Fire(*r, "It was the probably inevitable end."),
            (std::vector<std::string>{"t.adverb@11:probably | probably"}));
}

TEST(RuleSetTest, WordPrecededByRegexGuardsOneWord) {
  auto r = Load(
      "rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
      "    words: [could, might]\n"
      "    unless:\n"
      "      word_preceded_by_regex:\n        could: \"(?i:for example),?\\\\s+\\\\w+\\\\s+$\"\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(Fire(*r, "For example, farmers could sell online.").empty());
  // The guard is for "could" alone.
  EXPECT_EQ(Fire(*r, "For example, farmers might sell online."),
            (std::vector<std::string>{"t.modal@21:might | might"}));
  EXPECT_EQ(Fire(*r, "Farmers could sell online."), (std::vector<std::string>{"t.modal@8:could | could"}));
}

TEST(RuleSetTest, WordFollowedByRegexGuardsOneWord) {
  auto r = Load(
      "rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
      "    words: [may, could]\n"
      "    unless:\n"
      "      word_followed_by_regex:\n        may: \"(?:\\\\w+\\\\s+){0,3}?\\\\w+,\\\\s+but\\\\s\"\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(Fire(*r, "The plan may be new, but its goals are not.").empty());
  // Anchored at the word: a "but" further on does not hold it.
  EXPECT_EQ(Fire(*r, "The plan may well push prices up for many shops, but no one knows."),
            (std::vector<std::string>{"t.modal@9:may | may"}));
  // The guard is for "may" alone.
  EXPECT_EQ(Fire(*r, "The plan could be new, but its goals are not."),
            (std::vector<std::string>{"t.modal@9:could | could"}));
  EXPECT_EQ(Error("rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
                  "    words: [may]\n"
                  "    unless:\n"
                  "      word_followed_by_regex: [may]\n"
                  "    message: \"{match}\"\n"),
            "p.yaml:7:31: rule 't.modal': key 'word_followed_by_regex': expected a map of word: regex");
}

TEST(RuleSetTest, ParagraphNarrationAndRegexLists) {
  auto r = Load(
      "rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
      "    words: [could]\n"
      "    unless:\n"
      "      narration_has_regex: [\"\\\\bme\\\\b\", \"\\\\byour\\\\b\"]\n"
      "      paragraph_narration_has_regex: \"\\\\bI\\\\b\"\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  // "I" in another sentence of the paragraph: a reader's voice.
  EXPECT_TRUE(Fire(*r, "No one could fill the slot. I hope they try.").empty());
  // In a quote, the "I" is the speaker's; in another paragraph, another voice.
  EXPECT_EQ(Fire(*r, "No one could fill the slot. \"I hope they try,\" Lee said."),
            (std::vector<std::string>{"t.modal@7:could | could"}));
  EXPECT_EQ(Fire(*r, "No one could fill the slot.\n\nI hope they try."),
            (std::vector<std::string>{"t.modal@7:could | could"}));
  // Either regex of the list holds the sentence-level guard.
  EXPECT_TRUE(Fire(*r, "He told me it could fail.").empty());
  EXPECT_TRUE(Fire(*r, "Rates on your loan could rise.").empty());
}

// A list for the text before or after the match: each regex is compiled
// and anchored on its own, and any one of them holds the guard.
TEST(RuleSetTest, PrecededAndFollowedByRegexListsHoldOnAnyItem) {
  auto r = Load(
      "rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
      "    words: [could]\n"
      "    unless:\n"
      "      preceded_by_regex: [\"\\\\bthan\\\\s+(?:\\\\w+\\\\s+){0,3}$\", \"(?i)\\\\bso\\\\s+\\\\w+\"]\n"
      "      followed_by_regex:\n        - \"be\\\\s+fined\"\n        - \"face\\\\s+jail\"\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(Fire(*r, "It went better than anyone could hope.").empty());
  EXPECT_TRUE(Fire(*r, "He left early So they could rest.").empty());
  EXPECT_TRUE(Fire(*r, "Drivers could be fined.").empty());
  EXPECT_TRUE(Fire(*r, "Drivers could face jail.").empty());
  // Anchored: "than" three words back, not five; "fined" right after.
  EXPECT_EQ(Fire(*r, "It went better than any of the rivals could hope."),
            (std::vector<std::string>{"t.modal@38:could | could"}));
  EXPECT_EQ(Fire(*r, "Drivers could soon be fined."), (std::vector<std::string>{"t.modal@8:could | could"}));
}

TEST(RuleSetTest, BadRegexInAListNamesItsItem) {
  auto r = Load(
      "rules:\n  - id: t.modal\n    category: hedged\n    severity: info\n"
      "    words: [could]\n"
      "    unless:\n"
      "      narration_has_regex:\n        - \"ok\"\n        - \"(bad\"\n"
      "    message: \"{match}\"\n");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(
      absl::StrContains(r.status().message(),
                        ":9:11: rule 't.modal': key 'narration_has_regex': invalid regular expression: "
                        "missing ): (bad"))
      << r.status();
}

TEST(RuleSetTest, ClaimAndFigureRulesSkipAFirstPersonParagraph) {
  auto r = Load(
      "rules:\n  - id: t.loaded\n    type: claim\n    category: attribution\n"
      "    severity: warning\n    cue_class: [loaded]\n    speaker: present\n"
      "    unless:\n      paragraph_narration_has_regex: [\"\\\\bI\\\\b\"]\n"
      "    message: \"{speaker} {cue}\"\n"
      "  - id: t.toll\n    type: figure\n    category: unsourced\n    severity: warning\n"
      "    near: [killed]\n"
      "    unless:\n      paragraph_narration_has_regex: \"\\\\bI\\\\b\"\n"
      "    message: \"{match}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  // A reader's comment: the "I" of another sentence in the paragraph.
  EXPECT_TRUE(Fire(*r, "They claim to follow the faith. I think 3,000 were killed.").empty());
  // The newsroom's paragraph, or an "I" inside a quote, keeps both.
  EXPECT_EQ(Fire(*r, "Lee insisted the vote was fair. \"I know it,\" she said. Some 3,000 were killed."),
            (std::vector<std::string>{"t.loaded@4:insisted | Lee insisted", "t.toll@60:3,000 | 3,000"}));
}

TEST(RuleSetTest, AClaimRuleTakesOnlyTheParagraphAndCueGuards) {
  auto r = Load(
      "rules:\n  - id: t.loaded\n    type: claim\n    category: attribution\n"
      "    severity: warning\n    cue_class: [loaded]\n"
      "    unless:\n      followed_by: [that]\n"
      "    message: \"{cue}\"\n");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(absl::StrContains(r.status().message(),
                                "rule 't.loaded': key 'followed_by': this rule type takes only "
                                "paragraph_narration_has_regex, cues and content_starts_with under unless"))
      << r.status();
  // A figure rule takes no cues.
  auto f = Load(
      "rules:\n  - id: t.toll\n    type: figure\n    category: unsourced\n"
      "    severity: warning\n    near: [killed]\n"
      "    unless:\n      cues: [said]\n"
      "    message: \"{match}\"\n");
  ASSERT_FALSE(f.ok());
  EXPECT_TRUE(absl::StrContains(f.status().message(),
                                "rule 't.toll': key 'cues': this rule type takes only "
                                "paragraph_narration_has_regex under unless"))
      << f.status();
}

TEST(RuleSetTest, AClaimRuleSkipsTheCuesItIsToldTo) {
  auto r = Load(
      "rules:\n  - id: t.vague\n    type: claim\n    category: unsourced\n"
      "    severity: warning\n    speaker: present\n    speaker_named: false\n"
      "    unless:\n      cues: [Urged, demanded]\n"
      "    message: \"{speaker} {cue}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fire(*r,
                 "Critics urged him to resign. Activists demanded that the flag come down. "
                 "Critics said the plan was rushed."),
            (std::vector<std::string>{"t.vague@81:said | Critics said"}));
}

TEST(RuleSetTest, AClaimRuleSkipsAContentThatOpensWithAGivenWord) {
  auto r = Load(
      "rules:\n  - id: t.vouch\n    type: claim\n    category: attribution\n"
      "    severity: warning\n    cues: [explained]\n"
      "    unless:\n      content_starts_with: [Why, how]\n"
      "    message: \"{cue}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fire(*r, "Lee explained why she forgave him. Lee explained that the plan was costed."),
            (std::vector<std::string>{"t.vouch@39:explained | explained"}));
  // One word per entry: the guard looks at the content's first word only.
  auto bad = Load(
      "rules:\n  - id: t.vouch\n    type: claim\n    category: attribution\n"
      "    severity: warning\n    cues: [explained]\n"
      "    unless:\n      content_starts_with: [how much]\n"
      "    message: \"{cue}\"\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_TRUE(absl::StrContains(
      bad.status().message(),
      ":8:28: rule 't.vouch': key 'content_starts_with': expected single words, got 'how much'"))
      << bad.status();
}

TEST(RuleSetTest, ClaimRuleOnCueClass) {
  auto r = Load(
      "rules:\n  - id: t.loaded\n    type: claim\n    category: attribution\n"
      "    severity: warning\n    cue_class: [loaded]\n    speaker: present\n"
      "    message: \"{speaker} {cue}: {claim}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(Fire(*r, "Lee insisted the vote was fair. Park said it was not."),
            (std::vector<std::string>{"t.loaded@4:insisted | Lee insisted: the vote was fair"}));
}

// Rules found by the literal prefilter (by their words, or by the atoms of
// their regex) must fire exactly where the RE2::Set prefilter lets them
// fire.
constexpr char kTargets[] =
    "  - id: t.modal\n    category: c\n    severity: info\n    case_sensitive: true\n"
    "    words: [may]\n    message: \"{match}\"\n"
    "  - id: t.weasel\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [it is said, some of whom]\n    message: \"{match}\"\n"
    "  - id: t.curly\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [\"didn\u2019t provide\"]\n    message: \"{match}\"\n"
    "  - id: t.ask\n    category: c\n    severity: info\n    scope: any\n"
    "    words: [ask]\n    message: \"{match}\"\n"
    // Atoms inside words ("undenied") and across words ("the claim").
    "  - id: t.deny\n    category: c\n    severity: info\n    scope: any\n"
    "    regex: '(?:un)?denied\\s+the\\s+claims?'\n    message: \"{match}\"\n"
    // No atom of three bytes: the set keeps it.
    "  - id: t.caps\n    category: c\n    severity: info\n    scope: any\n    case_sensitive: true\n"
    "    regex: '\\b[A-Z]{2}\\b'\n    message: \"{match}\"\n"
    // A non-ASCII atom: under (?i) \u00c9 matches \u00e9, which the ASCII
    // lowercase of the text does not show, so the set keeps it.
    "  - id: t.cafe\n    category: c\n    severity: info\n    scope: any\n"
    "    regex: 'caf\u00e9s?'\n    message: \"{match}\"\n";

std::string Filler(int n) {
  std::string y;
  for (int i = 0; i < n; ++i) {
    y += "  - id: f.r" + std::to_string(i) +
         "\n    category: f\n    severity: info\n"
         "    words: [\"zq" +
         std::to_string(i) + " never\"]\n    message: m\n";
  }
  return y;
}

TEST(RuleSetTest, LiteralPrefilterFiresWhereTheSetDoes) {
  auto small = Load(std::string("rules:\n") + kTargets, /*set_only=*/true);
  auto big = Load(std::string("rules:\n") + kTargets + Filler(100));
  ASSERT_TRUE(small.ok()) << small.status();
  ASSERT_TRUE(big.ok()) << big.status();
  const std::string texts[] = {
      // Inside longer words, capitalised, split over lines, at a sentence start.
      "The mayor may resign. May is near. Dismay grew.\n\nIt  is\nsaid that prices rose.",
      "Some of whom left. It is sad, it is not said. Critics said it is.",
      // A word with a curly apostrophe is left out; the rest still filters.
      "He didn\u2019t provide details. She didn't provide any.",
      // U+017F (long s) folds with s under (?i): the scan cannot see it, so
      // every sentence is a candidate in such a document.
      "Voters a\u017Fk why. They ASK again.",
      "Lee UNDENIED THE CLAIMS. Kim denied the\nclaim. Denied. The claim. CAF\u00c9 caf\u00e9s EU.",
  };
  const std::vector<std::vector<std::string>> want = {
      {"t.modal@10:may | may", "t.weasel@49:It  is\nsaid | It is said"},
      {"t.weasel@0:Some of whom | Some of whom"},
      {"t.curly@3:didn\u2019t provide | didn\u2019t provide"},
      {"t.ask@7:a\u017Fk | a\u017Fk", "t.ask@22:ASK | ASK"},
      {"t.deny@4:UNDENIED THE CLAIMS | UNDENIED THE CLAIMS", "t.deny@29:denied the\nclaim | denied the claim",
       "t.cafe@66:CAF\u00c9 | CAF\u00c9", "t.cafe@72:caf\u00e9s | caf\u00e9s", "t.caps@79:EU | EU"},
  };
  for (size_t k = 0; k < std::size(texts); ++k) {
    EXPECT_EQ(Fire(*small, texts[k]), want[k]) << texts[k];
    EXPECT_EQ(Fire(*big, texts[k]), want[k]) << texts[k];
  }
}

// Differential: random word and regex rules and random text. A pack of 70
// rules takes the literal prefilter; the same rules in two packs of 35 take
// the RE2::Set alone. Their findings must be the same.
TEST(RuleSetTest, LiteralPrefilterAgreesWithTheSetOnRandomText) {
  const std::vector<std::string> vocab = {
      "may",     "May",           "mayor",       "dismay",  "it",    "is",  "it's", "said",  "SAID",
      "un-said", "U.S.",          "u.s",         "claims",  "claim", "of",  "whom", "some",  "so-called",
      "x_y",     "\u00e9t\u00e9", "didn\u2019t", "provide", "42",    "4.2", "over", "overly"};
  const std::vector<std::string> seps = {" ",  "  ", "\n", ", ",     ". ",      "-", "'",
                                         "\"", " (", ") ", "\u201c", "\u201d ", "_", ""};
  std::mt19937 rng(11);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  auto rule = [&](int i) {
    std::string words;
    for (int p = 0, n = 1 + rng() % 3; p < n; ++p) {
      std::string phrase;
      for (int w = 0, m = 1 + rng() % 3; w < m; ++w) phrase += (w ? " " : "") + pick(vocab);
      words += (p ? ", " : "") + ("\"" + phrase + "\"");
    }
    // One rule in three is a regex of two or three words (its atoms); one
    // in four of the rest has such a regex beside its words (the scan
    // serves both, LiteralPhrasesBeside).
    std::string body = "    words: [" + words + "]\n";
    const int kind = rng() % 12;
    if (kind <= 4) {
      std::string re = RE2::QuoteMeta(pick(vocab)) + "\\s+(?:\\w+\\s+)?" + RE2::QuoteMeta(pick(vocab));
      if (rng() % 2) re += "|\\b" + RE2::QuoteMeta(pick(vocab)) + "\\b";
      const std::string regex = "    regex: '" + absl::StrReplaceAll(re, {{"'", "''"}}) + "'\n";
      body = kind < 4 ? regex : body + regex;
    }
    return "  - id: r" + std::to_string(100 + i) + "\n    category: c\n    severity: info\n" +
           "    scope: any\n" + (rng() % 2 ? "    case_sensitive: true\n" : "") + body +
           "    message: \"{match}\"\n";
  };
  size_t findings = 0;
  for (int round = 0; round < 20; ++round) {
    std::string first = "rules:\n", second = "rules:\n";
    for (int i = 0; i < 70; ++i) (i < 35 ? first : second) += rule(i);
    auto big = Load(first + second.substr(7));
    auto a = Load(first, /*set_only=*/true);
    auto b = Load(second, /*set_only=*/true);
    ASSERT_TRUE(big.ok() && a.ok() && b.ok()) << round;
    for (int t = 0; t < 10; ++t) {
      std::string text;
      for (int w = 0; w < 60; ++w) text += pick(vocab) + pick(seps);
      Document doc;
      doc.text = text;
      Analysis an = Analyzer(BuiltinLexicons()).Analyze(doc);
      // What the two small packs find, folded as one pack's findings are.
      std::vector<Finding> all = a->CheckAll(doc, an), more = b->CheckAll(doc, an);
      all.insert(all.end(), more.begin(), more.end());
      std::sort(all.begin(), all.end(), [](const Finding& x, const Finding& y) {
        if (x.span.start != y.span.start) return x.span.start < y.span.start;
        if (x.span.end != y.span.end) return x.span.end < y.span.end;
        return x.rule < y.rule;
      });
      std::vector<std::string> want = Show(OneFindingPerSpan(std::move(all)), text);
      std::vector<std::string> got = Fire(*big, text);
      ASSERT_EQ(got, want) << "round " << round << " text: " << text;
      findings += got.size();
    }
  }
  EXPECT_GT(findings, 1000u);  // the texts do hit the rules
}

// The built-in packs skip parsing their regexes at start-up (a few
// milliseconds of every run); loaded as anyone's packs, every regex in them
// is parsed, so a bad one fails here.
TEST(RuleSetTest, EveryBuiltinRegexParses) {
  RuleSetBuilder b;
  for (const BuiltinFile& f : BuiltinRuleFiles()) {
    if (!absl::EndsWith(f.name, ".yaml")) continue;
    EXPECT_TRUE(b.AddPack(f.name, f.data).ok()) << f.name;
  }
  EXPECT_TRUE(b.Build().ok());
}

// The compiled form the built-in packs ship in reads back to the same tree,
// lines and columns included; a damaged one is an error naming the file.
TEST(SpecCodecTest, RoundTripsEveryBuiltinPack) {
  for (const BuiltinFile& f : BuiltinRuleFiles()) {
    if (!absl::EndsWith(f.name, ".yaml")) continue;
    auto doc = ParseYaml(f.name, f.data);
    ASSERT_TRUE(doc.ok()) << doc.status();
    const std::string encoded = EncodeSpec(*doc);
    auto back = DecodeSpec(encoded, f.name);
    ASSERT_TRUE(back.ok()) << back.status();
    EXPECT_EQ(EncodeSpec(*back), encoded) << f.name;
    const SpecNode* rules = back->Find("rules");
    ASSERT_NE(rules, nullptr);
    ASSERT_FALSE(rules->list.empty());
    EXPECT_EQ(rules->list[0].Where(), doc->Find("rules")->list[0].Where());
  }
  auto doc = ParseYaml("p.yaml", "rules:\n  - id: a\n    words: [\"x:1,\", \"\"]\n    note: ~\n");
  ASSERT_TRUE(doc.ok());
  const std::string encoded = EncodeSpec(*doc);
  auto back = DecodeSpec(encoded, "p.yaml");
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->Find("rules")->list[0].Find("words")->list[0].scalar, "x:1,");
  EXPECT_EQ(back->Find("rules")->list[0].Find("words")->list[0].Where(), "p.yaml:3:13");
  auto cut = DecodeSpec(encoded.substr(0, encoded.size() - 3), "p.yaml");
  ASSERT_FALSE(cut.ok());
  EXPECT_EQ(cut.status().message(), "p.yaml: the compiled rule pack is corrupt");
}

constexpr char kHeadlineRules[] =
    "rules:\n"
    "  - id: h.hedge\n    type: headline\n    check: hedged_in_body\n    category: hedged\n"
    "    severity: warning\n    hedges: [may, could, \"is thought to\"]\n    exempt: [says]\n"
    "    scope_ends: [that]\n    ignore_words: [the, to, in, of, a, on, over]\n"
    "    message: \"{headline} / {match}\"\n"
    "  - id: h.quote\n    type: headline\n    check: quote_not_in_body\n    category: unsourced\n"
    "    severity: info\n    ignore_words: [the, we, will]\n    message: \"quote {match}\"\n"
    "  - id: h.figure\n    type: headline\n    check: figure_not_in_body\n    category: unsourced\n"
    "    severity: info\n    number_words: {seven: 7, five: 5}\n    magnitudes: {m: 1000000}\n"
    "    message: \"figure {match}\"\n";

// Findings of `rules` on a story: `body`, with `title` as a JSONL record's
// title field (not in the text), or, with `in_text`, opening the text.
std::vector<Finding> Story(const RuleSet& rules, const std::string& title, const std::string& body,
                           bool in_text, std::string* text) {
  Document doc;
  doc.title = title;
  doc.text = body;
  if (in_text) {
    doc.text = title + "\n\n" + body;
    doc.headline_end = title.size();
  }
  *text = doc.text;
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  return rules.Check(doc, a);
}

TEST(HeadlineRuleTest, ATitleOutsideTheTextIsComparedWithTheBody) {
  auto r = Load(kHeadlineRules);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string text;
  std::vector<Finding> f = Story(*r, "Tenants evicted over unpaid rent",
                                 "Tenants could be evicted over unpaid rent, a trust said.", false, &text);
  EXPECT_EQ(Show(f, text),
            (std::vector<std::string>{
                "h.hedge@8:could be evicted over unpaid rent | Tenants evicted over unpaid rent / "
                "could be evicted over unpaid rent"}));
  // The headline hedges too, or attributes it: no finding.
  EXPECT_TRUE(Story(*r, "Tenants may be evicted over rent", "Tenants could be evicted over unpaid rent.",
                    false, &text)
                  .empty());
  EXPECT_TRUE(Story(*r, "Trust says tenants evicted over rent", "Tenants could be evicted over unpaid rent.",
                    false, &text)
                  .empty());
  // A clause word ends the hedge's reach: the figures are hedged, not the rise.
  EXPECT_TRUE(Story(*r, "Retail sales lift growth", "Figures could show that retail sales lifted growth.",
                    false, &text)
                  .empty());
  // The body states it plainly as well.
  EXPECT_TRUE(Story(*r, "Depot to close in spring",
                    "The depot may close in spring. The council said the depot will close in spring.", false,
                    &text)
                  .empty());
  // No headline, no title: nothing to compare.
  EXPECT_TRUE(Story(*r, "", "Tenants could be evicted over unpaid rent.", false, &text).empty());
}

TEST(HeadlineRuleTest, AHeadlineInTheTextIsWhereTheFindingPoints) {
  auto r = Load(kHeadlineRules);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string text;
  std::vector<Finding> f =
      Story(*r, "Depot to close in spring", "The bus depot may close in spring.", true, &text);
  ASSERT_EQ(Show(f, text),
            (std::vector<std::string>{
                "h.hedge@0:Depot to close in spring | Depot to close in spring / may close in spring"}));
  // The body's words are the finding's evidence.
  EXPECT_EQ(text.substr(f[0].evidence.start, f[0].evidence.size()), "may close in spring");
  // A plain-text story whose first line reads as a heading.
  Document doc;
  doc.text = "Depot to close in spring\n\nThe bus depot may close in spring.";
  Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
  EXPECT_EQ(Show(r->Check(doc, a), doc.text),
            (std::vector<std::string>{
                "h.hedge@0:Depot to close in spring | Depot to close in spring / may close in spring"}));
}

TEST(HeadlineRuleTest, QuotesAndFiguresTheBodyDoesNotGive) {
  auto r = Load(kHeadlineRules);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string text;
  // In the text: on the headline's words; outside it: on the body's first sentence.
  EXPECT_EQ(
      Show(Story(*r, "Ruiz: 'We will rebuild the old bridge'", "Ruiz said the town would pay.", true, &text),
           text),
      (std::vector<std::string>{
          "h.quote@7:We will rebuild the old bridge | quote We will rebuild the old bridge"}));
  EXPECT_EQ(
      Show(Story(*r, "Ruiz: 'We will rebuild the old bridge'", "Ruiz said the town would pay.", false, &text),
           text),
      (std::vector<std::string>{
          "h.quote@0:Ruiz said the town would pay. | quote We will rebuild the old bridge"}));
  EXPECT_TRUE(Story(*r, "Ruiz: 'We will rebuild the old bridge'",
                    "\"We will rebuild the old bridge,\" Ruiz said.", false, &text)
                  .empty());
  EXPECT_EQ(Show(Story(*r,
                       "Bakery sells for \xC2\xA3"
                       "3m",
                       "The bakery was sold for \xC2\xA3"
                       "2.4m.",
                       true, &text),
                 text),
            (std::vector<std::string>{"h.figure@17:\xC2\xA3"
                                      "3m | figure \xC2\xA3"
                                      "3m"}));
  EXPECT_EQ(Show(Story(*r, "Seven hurt in crash", "Five people were hurt in a crash.", true, &text), text),
            (std::vector<std::string>{"h.figure@0:Seven | figure Seven"}));
  // Rounded, or in words: given. A year and a score: no figures to check.
  EXPECT_TRUE(Story(*r,
                    "Firm makes \xC2\xA3"
                    "16m and hires five",
                    "It made \xC2\xA3"
                    "16.4m and hired 5 people.",
                    true, &text)
                  .empty());
  EXPECT_TRUE(Story(*r, "United 2-1 City in 2024", "United beat City at home.", true, &text).empty());
}

TEST(HeadlineRuleTest, BadSpecsAreNamed) {
  const std::string head =
      "rules:\n  - id: h\n    type: headline\n    category: c\n    severity: info\n"
      "    message: m\n";
  EXPECT_EQ(
      Error(head + "    check: hedged_in_bod\n"),
      "p.yaml:7:12: rule 'h': key 'check': unknown check 'hedged_in_bod'; did you mean 'hedged_in_body'? "
      "(expected hedged_in_body, quote_not_in_body or figure_not_in_body)");
  EXPECT_EQ(Error(head + "    check: hedged_in_body\n"),
            "p.yaml:2:5: rule 'h': key 'hedges': check hedged_in_body needs a list of hedges");
  EXPECT_EQ(Error(head + "    check: figure_not_in_body\n    number_words: {two: lots}\n"),
            "p.yaml:8:25: rule 'h': key 'number_words': 'two': expected a positive number");
  EXPECT_EQ(Error(head + "    check: figure_not_in_body\n    coverage: 0\n"),
            "p.yaml:8:15: rule 'h': key 'coverage': expected a whole number from 1 to 100");
}

TEST(RuleFixTest, ASwapTakesTheWordsCaseAndItsGuards) {
  auto r = Load(
      "rules:\n  - id: t.claimed\n    category: attribution\n    severity: warning\n"
      "    words: [claimed, it is understood]\n    scope: any\n    message: m\n"
      "    fix:\n      swap: {claimed: said, it  is understood: \"[who] understands\"}\n"
      "      unless_followed_by: [to]\n      unless_followed_by_regex: \"\\\\s+\\\\w+ing\\\\b\"\n"
      "      unless_preceded_by: [\",\"]\n      unless_preceded_by_regex: "
      "\"\\\\bamid\\\\s+(?:\\\\w+\\\\s+){0,2}\"\n");
  ASSERT_TRUE(r.ok()) << r.status();
  auto fixes = [&](const std::string& text) {
    Document doc;
    doc.text = text;
    Analysis a = Analyzer(BuiltinLexicons()).Analyze(doc);
    std::vector<std::string> out;
    for (const Finding& f : r->Check(doc, a)) {
      out.push_back(f.fixes.empty() ? "-"
                                    : text.substr(f.fixes[0].span.start, f.fixes[0].span.size()) + ">" +
                                          f.fixes[0].replacement);
    }
    return out;
  };
  EXPECT_EQ(fixes("Claimed it. Ruiz CLAIMED it. Ruiz claimed that."),
            (std::vector<std::string>{"Claimed>Said", "CLAIMED>SAID", "claimed>said"}));
  EXPECT_EQ(fixes("Ruiz claimed to know. Ruiz claimed knowing. It is understood that it rains."),
            (std::vector<std::string>{"-", "-", "It is understood>[who] understands"}));
  EXPECT_EQ(fixes("Once there, it is understood that it rains."), (std::vector<std::string>{"-"}));
  EXPECT_EQ(fixes("Ruiz spoke amid opposition claimed unrest."), (std::vector<std::string>{"-"}));
  // Never inside a quotation (the rule fires there: its scope is any).
  EXPECT_EQ(fixes("\"We claimed nothing,\" Ruiz said."), (std::vector<std::string>{"-"}));
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
