#include "engine/stats/corpus_stats.h"

#include <sstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Token Word() {
  Token t;
  t.kind = TokenKind::kWord;
  return t;
}

Attribution Said(bool speaker, bool named, Span speaker_span = {}, CueClass cls = CueClass::kNeutral) {
  Attribution at;
  at.has_speaker = speaker;
  at.speaker_named = named;
  at.speaker_span = speaker_span;
  at.speaker = named ? "Ann Cole" : "officials";
  at.has_cue = true;
  at.cue_class = cls;
  return at;
}

TEST(CorpusStatsTest, MeasureSortsClaimsBySourceAndCountsQuotesAndLoadedVerbs) {
  Analysis a;
  a.tokens.assign(40, Word());
  Token comma;
  comma.kind = TokenKind::kPunct;
  a.tokens.push_back(comma);
  Claim named, anonymous, vague, none;
  named.attribution = Said(true, true, {0, 8}, CueClass::kLoaded);
  anonymous.attribution = Said(true, false, {20, 40});
  vague.attribution = Said(true, false, {50, 57});
  none.attribution = Said(false, false);
  a.claims = {named, anonymous, vague, none};
  Quote speech, partial, scare, name, goes_on;
  speech.attribution = Said(true, true, {0, 8});
  speech.attribution.cue_span = {9, 13};
  partial.kind = QuoteKind::kPartial;
  partial.attribution = Said(true, false, {50, 57}, CueClass::kLoaded);
  partial.attribution.cue_span = {58, 66};
  scare.kind = QuoteKind::kScare;
  name.kind = QuoteKind::kName;
  goes_on.attribution = partial.attribution;  // "“…,” she said, “…”": the same quote
  a.quotes = {speech, partial, scare, name, goes_on};
  Finding anon;
  anon.rule = "unsourced.anonymous";
  anon.category = "unsourced";
  anon.span = {25, 60};  // over the second claim's speaker and the third's
  Finding hedge;
  hedge.rule = "hedged.modal";
  hedge.category = "hedged";
  hedge.span = {100, 103};

  DocumentStats d = MeasureDocument(a, {anon, hedge}, "politics");
  EXPECT_EQ(d.group, "politics");
  EXPECT_EQ(d.words, 40u);
  EXPECT_EQ(d.claims_by_source[static_cast<int>(ClaimSource::kNamed)], 1u);
  EXPECT_EQ(d.claims_by_source[static_cast<int>(ClaimSource::kAnonymous)],
            2u);  // the anonymity finding covers both
  EXPECT_EQ(d.claims_by_source[static_cast<int>(ClaimSource::kVague)], 0u);
  EXPECT_EQ(d.claims_by_source[static_cast<int>(ClaimSource::kNone)], 1u);
  EXPECT_EQ(d.quotes, 2u);  // speech and partial (and its continuation); not a scare quote or a name
  EXPECT_EQ(d.quoted, std::vector<std::string>{"Ann Cole"});
  EXPECT_EQ(d.cues, 6u);  // four claims and two quotes (a quote inside a claim has the claim's verb)
  EXPECT_EQ(d.loaded_cues, 2u);
  ASSERT_EQ(d.findings.size(), 2u);
  EXPECT_EQ(d.findings[1], std::make_pair(std::string("hedged.modal"), std::string("hedged")));
}

TEST(CorpusStatsTest, GroupIsTheFieldOrItsMonth) {
  Document doc;
  doc.fields = {{"publisher", "harbour-post"}, {"publication_date", "2016-07-15"}, {"note", "n/a"}};
  EXPECT_EQ(GroupOf(doc, "publisher", false), "harbour-post");
  EXPECT_EQ(GroupOf(doc, "publication_date", true), "2016-07");
  EXPECT_EQ(GroupOf(doc, "publication_date", false), "2016-07-15");
  EXPECT_EQ(GroupOf(doc, "note", true), "n/a");  // no date: kept whole
  EXPECT_EQ(GroupOf(doc, "author", false), "");
}

DocumentStats Doc(const std::string& group, size_t words,
                  std::vector<std::pair<std::string, std::string>> findings,
                  std::vector<std::string> quoted = {}) {
  DocumentStats d;
  d.group = group;
  d.words = words;
  d.findings = std::move(findings);
  d.claims_by_source[0] = 3;
  d.claims_by_source[3] = 1;
  d.quotes = quoted.size();
  d.quoted = std::move(quoted);
  d.cues = 4;
  d.loaded_cues = 1;
  return d;
}

TEST(CorpusStatsTest, WritesTheCorpusAndEachGroup) {
  CorpusStats stats("category");
  stats.Add(
      Doc("sport", 500, {{"hedged.modal", "hedged"}, {"hedged.modal", "hedged"}}, {"Ann Cole", "Bo Park"}));
  stats.Add(Doc("business", 1000, {{"unsourced.agentless", "unsourced"}}, {"Ann Cole"}));
  std::ostringstream jsonl;
  stats.WriteJsonl(jsonl);
  EXPECT_EQ(
      jsonl.str(),
      "{\"group\":\"business\",\"group_by\":\"category\",\"documents\":1,\"words\":1000,\"findings\":1,"
      "\"findings_per_1000_words\":1,\"by_category\":{\"hedged\":0,\"disputed\":0,\"unsourced\":1,"
      "\"attribution\":0},\"by_rule\":{\"unsourced.agentless\":1},\"claims_by_source\":{\"named\":3,"
      "\"anonymous\":0,\"vague\":0,\"none\":1},\"quotes\":1,\"cues\":4,\"loaded_cues\":1,"
      "\"top_speakers\":[[\"Ann Cole\",1]]}\n"
      "{\"group\":\"sport\",\"group_by\":\"category\",\"documents\":1,\"words\":500,\"findings\":2,"
      "\"findings_per_1000_words\":4,\"by_category\":{\"hedged\":2,\"disputed\":0,\"unsourced\":0,"
      "\"attribution\":0},\"by_rule\":{\"hedged.modal\":2},\"claims_by_source\":{\"named\":3,"
      "\"anonymous\":0,\"vague\":0,\"none\":1},\"quotes\":2,\"cues\":4,\"loaded_cues\":1,"
      "\"top_speakers\":[[\"Ann Cole\",1],[\"Bo Park\",1]]}\n"
      "{\"group\":null,\"group_by\":\"category\",\"documents\":2,\"words\":1500,\"findings\":3,"
      "\"findings_per_1000_words\":2,\"by_category\":{\"hedged\":2,\"disputed\":0,\"unsourced\":1,"
      "\"attribution\":0},\"by_rule\":{\"hedged.modal\":2,\"unsourced.agentless\":1},"
      "\"claims_by_source\":{\"named\":6,\"anonymous\":0,\"vague\":0,\"none\":2},\"quotes\":3,\"cues\":8,"
      "\"loaded_cues\":2,\"top_speakers\":[[\"Ann Cole\",2],[\"Bo Park\",1]]}\n");
  std::ostringstream csv;
  stats.WriteCsv(csv);
  EXPECT_NE(csv.str().find("group,measure,key,value\nbusiness,documents,,1\nbusiness,words,,1000\n"),
            std::string::npos)
      << csv.str();
  EXPECT_NE(csv.str().find("\n(all),rule,hedged.modal,2\n"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("\n(all),quoted,Ann Cole,2\n"), std::string::npos) << csv.str();
  std::ostringstream text;
  stats.WriteText(text);
  EXPECT_NE(text.str().find("claimcheck stats: 2 documents, 1500 words, grouped by category\n"),
            std::string::npos)
      << text.str();
  EXPECT_NE(
      text.str().find("\n(all)            2        1500     2.00     1.33      0.00      0.67        0.00\n"),
      std::string::npos)
      << text.str();
  EXPECT_NE(text.str().find("  (all): Ann Cole (2), Bo Park (1)\n"), std::string::npos) << text.str();
}

TEST(CorpusStatsTest, AQuoteInsideAClaimDoesNotCountTheVerbAgain) {
  Analysis a;
  Claim claim;
  claim.attribution = Said(true, true, {0, 8}, CueClass::kLoaded);
  a.claims = {claim};
  Quote inside;
  inside.kind = QuoteKind::kPartial;
  inside.claim = 0;
  inside.attribution = claim.attribution;
  a.quotes = {inside};
  DocumentStats d = MeasureDocument(a, {}, "");
  EXPECT_EQ(d.quotes, 1u);
  EXPECT_EQ(d.cues, 1u);
  EXPECT_EQ(d.loaded_cues, 1u);
}

TEST(CorpusStatsTest, SpeakersQuotedOnceAfterTheSlotsFillDoNotOutrankTheFrequent) {
  CorpusStats stats;
  stats.Add(Doc("", 100, {}, std::vector<std::string>(3, "Ann Cole")));
  std::vector<std::string> once;
  for (int i = 0; i < 1100; ++i) once.push_back("Speaker " + std::to_string(i));
  stats.Add(Doc("", 100, {}, once));
  std::ostringstream jsonl;
  stats.WriteJsonl(jsonl);
  const std::string out = jsonl.str();
  EXPECT_NE(out.find("\"top_speakers\":[[\"Ann Cole\",3],"), std::string::npos) << out.substr(0, 300);
  EXPECT_EQ(out.find("\",2]"), std::string::npos) << out.substr(0, 300);  // no count beyond what is sure
}

TEST(CorpusStatsTest, SpeakersStayBoundedAndTheFrequentOnesSurvive) {
  CorpusStats stats;
  std::vector<std::string> many;
  for (int i = 0; i < 5000; ++i) many.push_back("Speaker " + std::to_string(i));
  for (int round = 0; round < 3; ++round)
    stats.Add(Doc("", 100, {}, std::vector<std::string>(50, "Ann Cole")));
  stats.Add(Doc("", 100, {}, many));
  std::ostringstream jsonl;
  stats.WriteJsonl(jsonl);
  EXPECT_NE(jsonl.str().find("\"top_speakers\":[[\"Ann Cole\",150]"), std::string::npos)
      << jsonl.str().substr(0, 400);
}

}  // namespace
}  // namespace claimcheck
