#include "extractors/analysis.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

constexpr char kL[] = "\xE2\x80\x9C";  // “
constexpr char kR[] = "\xE2\x80\x9D";  // ”

struct Analyzed {
  Document doc;
  Analysis a;
  explicit Analyzed(std::string text) {
    doc.text = std::move(text);
    a = Analyzer(BuiltinLexicons()).Analyze(doc);
  }
  std::string At(Span s) const { return doc.text.substr(s.start, s.size()); }
  const Quote* QuoteWith(const std::string& content) const {
    for (const Quote& q : a.quotes) {
      if (At(q.content) == content) return &q;
    }
    return nullptr;
  }
  const Claim* ClaimWith(const std::string& content) const {
    for (const Claim& c : a.claims) {
      if (At(c.content) == content) return &c;
    }
    return nullptr;
  }
  std::string Speaker(const Attribution& at) const {
    return at.has_speaker ? at.speaker + " <" + At(at.speaker_span) + ">" : "(none)";
  }
  std::string Cue(const Attribution& at) const { return at.has_cue ? At(at.cue_span) : "(none)"; }
  // The speaker of the quote or claim with this content, or why there is none.
  std::string QuoteSpeaker(const std::string& content) const {
    const Quote* q = QuoteWith(content);
    return q ? Speaker(q->attribution) : "(no quote “" + content + "”)";
  }
  std::string ClaimSpeaker(const std::string& content) const {
    const Claim* c = ClaimWith(content);
    return c ? Speaker(c->attribution) : "(no claim “" + content + "”)";
  }
};

std::string Q(const std::string& s) { return kL + s + kR; }

TEST(QuoteTest, SpeakerAfterQuote) {
  Analyzed r(Q("We have made progress,") + " Trump said.");
  const Quote* q = r.QuoteWith("We have made progress");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kSpeech);
  EXPECT_EQ(r.Speaker(q->attribution), "Trump <Trump>");
  EXPECT_EQ(r.Cue(q->attribution), "said");
  EXPECT_EQ(q->attribution.cue_class, CueClass::kNeutral);
}

TEST(QuoteTest, AnAdverbLeadingAPhraseOfTimeOpensNoSubject) {
  // "Back in 1999," and "Shortly after the vote," stand before the clause:
  // its subject is the speaker of the participle's quote, not the adverb.
  Analyzed r(
      "Back in 1999, Mr. Hale praised the mayor, telling a radio station: " +
      Q("I wish I could campaign like that.") +
      " Shortly after the vote, Ms. Ode thanked her staff, telling them: " + Q("We did this together."));
  EXPECT_EQ(r.QuoteSpeaker("I wish I could campaign like that."), "Hale <Mr. Hale>");
  EXPECT_EQ(r.QuoteSpeaker("We did this together."), "Ode <Ms. Ode>");
}

TEST(QuoteTest, AReflexiveAfterTheSubjectIsNoPartOfIt) {
  Analyzed r("Mr Hale himself acknowledged " + Q("our side will struggle to hold the seat") +
             " if the trend continues.");
  EXPECT_EQ(r.QuoteSpeaker("our side will struggle to hold the seat"), "Hale <Mr Hale>");
}

TEST(QuoteTest, AVerbBeforeByTakesTheGerundsSubject) {
  Analyzed r("The judge began by saying, " + Q("I do not think a prison term is necessary."));
  EXPECT_EQ(r.QuoteSpeaker("I do not think a prison term is necessary."), "The judge <The judge>");
}

TEST(QuoteTest, ADescriptionMissingItsClosingCommaLeavesTheNameSpeaking) {
  // The comma after the description left out: the name before it speaks;
  // but a report set into its subject's clause ("Ode, a senior aide said,
  // is …") is the aide's.
  Analyzed r("Ann Cole, the press officer for the county council said in a statement. " +
             Q("There is no money left to repair the bridge."));
  EXPECT_EQ(r.QuoteSpeaker("There is no money left to repair the bridge."), "Ann Cole <Ann Cole>");
  Analyzed set_in("Mrs. Ode, a senior aide said, " + Q("is very calm") + " about the hearing.");
  EXPECT_EQ(set_in.QuoteSpeaker("is very calm"), "a senior aide <a senior aide>");
}

TEST(QuoteTest, AQuoteEndingItsSentenceOnAnExclamationTakesTheNextSentencesSpeaker) {
  // "“…!” Mr. Hale wrote on Twitter on Monday.": only when and where follow
  // the verb (not "Mr. Hale acknowledged the apology.", an object).
  Analyzed r(Q("If she thinks she can do that, she is wrong!") + " Mr. Hale wrote on Twitter on Monday.");
  EXPECT_EQ(r.QuoteSpeaker("If she thinks she can do that, she is wrong!"), "Hale <Mr. Hale>");
  Analyzed object("The headline read: " + Q("Harry the Nazi.") + " Mr Hale acknowledged the apology.");
  for (const Claim& c : object.a.claims) EXPECT_NE(object.Cue(c.attribution), "acknowledged");
}

TEST(QuoteTest, APronounAfterAQuoteGoesOnFromTheLastSpeakerNotFromANameInHisReport) {
  // The sentence before reports Ann Cole's words about Joe Park; "she"
  // after the next quote is Ann Cole.
  Analyzed r("Joe Park won the vote easily, Ann Cole said. " + Q("She was very articulate,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("She was very articulate"), "Ann Cole <she>");
  Analyzed he("Joe Park won the vote easily, Ann Cole said. " + Q("He was very articulate,") + " he said.");
  EXPECT_NE(he.QuoteSpeaker("He was very articulate"), "Ann Cole <he>");
}

TEST(QuoteTest, AnInvertedSpeakersRoleMayHoldOf) {
  Analyzed r(Q("We are ready,") + " says chief of staff Ann Lee. " + Q("Thanks for coming,") +
             " said master of ceremonies Asa Tabb, a local engineer.");
  EXPECT_EQ(r.QuoteSpeaker("We are ready"), "Ann Lee <chief of staff Ann Lee>");
  EXPECT_EQ(r.QuoteSpeaker("Thanks for coming"), "Asa Tabb <master of ceremonies Asa Tabb>");
}

TEST(QuoteTest, ItTakesUpTheBodyTheSentenceBeforeOpensWith) {
  // "it" speaks for the firm the sentence before is about, not for the
  // paper that spoke a few sentences back.
  Analyzed r(
      "The works may stop, the Harbour Gazette said. The Harbour Works Corporation could now face a "
      "fine. On Tuesday, it denied that its projects broke the rules. " +
      Q("The corporation has always obeyed the law,") + " it said.");
  EXPECT_EQ(r.QuoteSpeaker("The corporation has always obeyed the law"), "Harbour Works Corporation <it>");
  EXPECT_EQ(r.ClaimSpeaker("its projects broke the rules"), "Harbour Works Corporation <it>");
}

TEST(QuoteTest, AnInvertedSpeakerMayBePartOfAGroup) {
  Analyzed r(Q("It is late,") + " said one of the men. " + Q("We will stay,") + " said some of his aides.");
  EXPECT_EQ(r.QuoteSpeaker("It is late"), "one of the men <one of the men>");
  EXPECT_EQ(r.QuoteSpeaker("We will stay"), "some of his aides <some of his aides>");
}

TEST(QuoteTest, InvertedSpeakerWithTitle) {
  Analyzed r("\"The vote was fair,\" said Gov. Ann Lee, a Democrat.");
  EXPECT_EQ(r.QuoteSpeaker("The vote was fair"), "Ann Lee <Gov. Ann Lee>");
}

TEST(QuoteTest, ColonIntroducedAndRemarked) {
  Analyzed r("Angela Marsh smiled and remarked in French: " + Q("Next year in Lyon."));
  const Quote* q = r.QuoteWith("Next year in Lyon.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Angela Marsh <Angela Marsh>");
  EXPECT_EQ(r.Cue(q->attribution), "remarked");
}

TEST(QuoteTest, NameColonQuote) {
  Analyzed r("Mayor Tomas Reyes: " + Q("We will rebuild."));
  const Quote* q = r.QuoteWith("We will rebuild.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Tomas Reyes <Mayor Tomas Reyes>");
  EXPECT_EQ(r.Cue(q->attribution), ":");
}

TEST(QuoteTest, PartialQuoteTakesTheSentenceSpeaker) {
  Analyzed r("He met Dana Whitfield. Whitfield described the plan as " + Q("deeply flawed") + ".");
  const Quote* q = r.QuoteWith("deeply flawed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kPartial);
  EXPECT_EQ(r.Speaker(q->attribution), "Dana Whitfield <Whitfield>");
  EXPECT_EQ(r.Cue(q->attribution), "described");
}

TEST(QuoteTest, QuotedNamesAndDisplayedTextAreNotSpeech) {
  Analyzed r("She arrived in " + Q("The Comet,") + " the team coach, at a hall where a banner read " +
             Q("Building Bridges."));
  ASSERT_EQ(r.a.quotes.size(), 2u);
  EXPECT_EQ(r.a.quotes[0].kind, QuoteKind::kName);
  EXPECT_EQ(r.At(r.a.quotes[0].content), "The Comet");
  EXPECT_EQ(r.a.quotes[1].kind, QuoteKind::kName);
  EXPECT_EQ(r.At(r.a.quotes[1].content), "Building Bridges.");
}

TEST(QuoteTest, ApostrophesAreNotQuotes) {
  Analyzed r(
      "The mayor\xE2\x80\x99s office said it won\xE2\x80\x99t comment on the \xE2\x80\x99"
      "90s plan.");
  EXPECT_TRUE(r.a.quotes.empty());
}

TEST(QuoteTest, PluralPossessiveApostropheInTheSpeakerIsNoQuoteMark) {
  // "the Jones' campaign manager": the apostrophe after "s" stands apart from
  // its word, and must not end the speaker's description.
  Analyzed r(
      "\"The campaign is growing,\" Dana Reyes, the Ortiz brothers' lawyer, said. "
      "\"The campaign is growing too,\" Lee Park, the Jones\u2019 campaign manager, said.");
  EXPECT_EQ(r.QuoteSpeaker("The campaign is growing"), "Dana Reyes <Dana Reyes>");
  EXPECT_EQ(r.QuoteSpeaker("The campaign is growing too"), "Lee Park <Lee Park>");
}

TEST(ClaimTest, MadeThePointThatIsAWayOfSaying) {
  Analyzed r("Ms Osei also made the point that the new tax would hit renters hardest.");
  EXPECT_EQ(r.ClaimSpeaker("the new tax would hit renters hardest"), "Osei <Ms Osei>");
}

TEST(ClaimTest, WhoAfterADescriptionSetOffAfterANameStandsForTheName) {
  Analyzed r(
      "\"We will find them,\" said Ada Quist, the port authority's security chief, "
      "who conceded that more tunnels might exist.");
  EXPECT_EQ(r.ClaimSpeaker("more tunnels might exist"), "Ada Quist <who>");
}

TEST(ClaimTest, TheStorysAsideAfterAReportEndsIt) {
  // ", however," and ", appearing to …" after the reported clause are the
  // story's own words, not what was denied.
  Analyzed r("Lena Ruiz denied that the levy was unfair, however, appearing to rely on an old study.");
  EXPECT_EQ(r.ClaimSpeaker("the levy was unfair"), "Lena Ruiz <Lena Ruiz>");
  Analyzed s("Tom Bell said the team had played well, seeming to blame the referee.");
  EXPECT_EQ(s.ClaimSpeaker("the team had played well"), "Tom Bell <Tom Bell>");
  // Inside the clause, before its own verb, the same words are the speaker's.
  Analyzed t("Tom Bell said the plan, however, would not be dropped.");
  EXPECT_EQ(t.ClaimSpeaker("the plan, however, would not be dropped"), "Tom Bell <Tom Bell>");
}

TEST(ClaimTest, AllToldIsAnIdiomForInAll) {
  Analyzed r("All told, as many as 40,000 families could qualify for the grants.");
  EXPECT_TRUE(r.a.claims.empty());
  Analyzed t("Truth be told, the plan was never popular.");
  EXPECT_TRUE(t.a.claims.empty());
  // Someone told of something still reports.
  Analyzed s("All told reporters that the plan was never popular.");
  EXPECT_EQ(s.a.claims.size(), 1u);
}

TEST(SpeakerTest, ANationalityAfterTheAndAnAgeNamesTheLatestSubject) {
  Analyzed r("Maria Lind won the race. " + Q("I am happy,") + " said the 24-year-old Swede.");
  EXPECT_EQ(r.QuoteSpeaker("I am happy"), "Maria Lind <the 24-year-old Swede>");
  Analyzed s("Maria Lind won the race. " + Q("I am happy,") + " the Swede said.");
  EXPECT_EQ(s.QuoteSpeaker("I am happy"), "Maria Lind <the Swede>");
}

TEST(SpeakerTest, AnyRoleBeforeANameAfterAnInvertedCue) {
  // A role the word lists do not hold, known by its ending, and two roles
  // joined by "and", between the verb and the name.
  Analyzed r(
      "A new tax could put bakers out of business, warns former welder and energy "
      "analyst Lena Marsh.");
  EXPECT_EQ(r.ClaimSpeaker("A new tax could put bakers out of business"),
            "Lena Marsh <former welder and energy analyst Lena Marsh>");
  Analyzed s(Q("We are taken as hostages,") + " said accountant Jose Lopez.");
  EXPECT_EQ(s.QuoteSpeaker("We are taken as hostages"), "Jose Lopez <accountant Jose Lopez>");
}

TEST(SpeakerTest, APronounAfterTheWordsItReportsIsNotTheNameTheyOpenOn) {
  // "Mr Kerr's council was …, he added": the name opens the report, so
  // the one who added is the speaker before, not Mr Kerr.
  Analyzed r("Ian Kerr has failed, Tom Vance has said. " + Q("The city is heading the wrong way,") +
             " the Liberal leader said. Mr Kerr's council was a " + Q("lazy council,") + " he added.");
  EXPECT_EQ(r.QuoteSpeaker("lazy council"), "Tom Vance <he>");
  // A colon ends the subject's own clause: the name before it still speaks.
  Analyzed s("Judge Ann Mosley saw it differently: " + Q("I do not take that as a joke,") + " she said.");
  EXPECT_EQ(s.QuoteSpeaker("I do not take that as a joke"), "Ann Mosley <she>");
}

TEST(SpeakerTest, ADashLineCreditsTheQuoteAfterTheName) {
  // Match reports list what each manager said: a dash, the name with its
  // title, and the quote, with no verb.
  Analyzed r(
      "Rovers lost again.\n\n- Rovers boss Dan Pike \"I am gutted by the way we "
      "played.\" \n - Athletic boss Lee Marr \"We earned the points.\"");
  EXPECT_EQ(r.QuoteSpeaker("I am gutted by the way we played."), "Dan Pike <Rovers boss Dan Pike>");
  EXPECT_EQ(r.QuoteSpeaker("We earned the points."), "Lee Marr <Athletic boss Lee Marr>");
}

TEST(SpeakerTest, AClauseJoinedAfterAQuoteHasItsOwnSpeaker) {
  // "… has called the pact “madness,” and Ode says …": the verb after
  // "and" is Ode's, not the quote's; "called" names the caller.
  Analyzed r("Hale has called the pact " + Q("madness,") + " and Ode says it is " + Q("ruinous."));
  EXPECT_EQ(r.QuoteSpeaker("madness"), "Hale <Hale>");
  EXPECT_EQ(r.QuoteSpeaker("ruinous."), "Ode <Ode>");
  // "is to blame": at fault, no one blaming anyone.
  Analyzed b("According to a study by Vera Lund, the drought is partly to blame, but so is this " +
             Q("sharp change in farming."));
  EXPECT_EQ(b.QuoteSpeaker("sharp change in farming."), "Vera Lund <a study by Vera Lund>");
}

TEST(ClaimTest, AnInvertedCueInsideAConditionReportsTheWholeSentence) {
  // "If …, thinks Mr Delane, it could …": the condition's main clause comes
  // after the cue, and both are his.
  Analyzed r("If studios focus on more content, thinks Mr Delane, it could raise prices.");
  EXPECT_EQ(r.ClaimSpeaker("If studios focus on more content, thinks Mr Delane, it could raise prices"),
            "Delane <Mr Delane>");
  // Not after a main clause: "…, said Ann Lee, …" reports the clause before.
  Analyzed s("Prices will rise, said Ann Lee, a trader in the city.");
  EXPECT_EQ(s.ClaimSpeaker("Prices will rise"), "Ann Lee <Ann Lee>");
  // A clause that goes on after the cue, with its subject or with the verb
  // whose subject came before, is reported whole.
  Analyzed t("At that point, says Dr Penn, phones could become pocket doctors.");
  EXPECT_EQ(t.ClaimSpeaker("At that point, says Dr Penn, phones could become pocket doctors"),
            "Penn <Dr Penn>");
  Analyzed u("Phones, says Dr Penn, could become pocket doctors.");
  EXPECT_EQ(u.ClaimSpeaker("Phones, says Dr Penn, could become pocket doctors"), "Penn <Dr Penn>");
  // Not a clause of its own after it.
  Analyzed v("Prices could rise, says Ann Lee, and the bank agrees.");
  EXPECT_EQ(v.ClaimSpeaker("Prices could rise"), "Ann Lee <Ann Lee>");
}

TEST(ClaimTest, ADashAfterAnInvertedCueOpensAnAside) {
  Analyzed r("Such a step could anger his voters, Ode allies believe — voters she will need.");
  EXPECT_EQ(r.ClaimSpeaker("Such a step could anger his voters"), "Ode allies <Ode allies>");
}

TEST(ClaimTest, DenyingSomeoneSomethingIsARefusal) {
  // Two objects, who is kept from what: no claim is denied.
  Analyzed r(
      "The board denied her team the title. She can deny insurgent Tom Vance the "
      "ticket. Officials denied them access to the site.");
  EXPECT_TRUE(r.a.claims.empty());
  Analyzed s("Ann Lee denied the charges.");
  EXPECT_EQ(s.ClaimSpeaker("the charges"), "Ann Lee <Ann Lee>");
}

TEST(ClaimTest, ItOpeningAClauseAfterAVerbOfAnnouncingIsItsSubject) {
  // "announced it could pay": "it" and a verb are a clause, not an object.
  Analyzed r("The council announced it could afford only a share of the grants.");
  EXPECT_EQ(r.ClaimSpeaker("it could afford only a share of the grants"), "The council <The council>");
  Analyzed s("The company reported it had lost money.");
  EXPECT_EQ(s.ClaimSpeaker("it had lost money"), "The company <The company>");
  // "announced it on Monday": the object.
  Analyzed t("The company announced it on Monday.");
  EXPECT_TRUE(t.a.claims.empty());
}

TEST(SpeakerTest, APronounAfterASentenceWhoseSubjectIsAKnownPersonIsThatPerson) {
  // The last speaker was Ron Hale; the sentence before the quote opens on
  // Len Moss, who quotes no one there.
  Analyzed r("Ron Hale said the vote was close. " + Q("We will see,") +
             " he said. "
             "Len Moss expressed anger at the ruling. " +
             Q("It is a mistake,") + " he told the Times.");
  EXPECT_EQ(r.QuoteSpeaker("It is a mistake"), "Len Moss <he>");
  // A sentence that quotes someone is no such subject: the chain stays.
  Analyzed s("Ron Hale said the vote was close. Len Moss said " + Q("it is a mistake") + ". " +
             Q("We will see,") + " he added.");
  EXPECT_EQ(s.QuoteSpeaker("We will see"), "Len Moss <he>");
}

TEST(ClaimTest, SpeakingInAnOpeningTimeClauseReportsNothing) {
  // The clause after the comma is the story's own, not what was said.
  Analyzed r(
      "As the mayor spoke to the crowd on Friday, the rain began to fall. "
      "After the minister testified, the committee adjourned.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(ClaimTest, ShowingAQualityIsNoReport) {
  // A quality shown is behaviour; what a poll shows is its result.
  Analyzed r("At the rally the senator showed his easy charm. The poll showed her lead shrinking.");
  EXPECT_EQ(r.ClaimSpeaker("his easy charm"), "(no claim \u201chis easy charm\u201d)");
  EXPECT_EQ(r.ClaimSpeaker("her lead shrinking"), "The poll <The poll>");
}

TEST(ClaimTest, ATitleWithItsSubtitleAndALabelAreNoSpeakerAndColon) {
  Analyzed r(
      "The jury gave its prize to a film. Fallen Stars: The Last Summer of Rome was named best drama. "
      "Editor's Note: An earlier version of this article gave the wrong date.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(ClaimTest, TimeAndPlaceBeforeThatAreNoPartOfTheReport) {
  Analyzed r("The senator said Sunday in Dayton, Ohio, that he was counting on a big crowd.");
  EXPECT_EQ(r.ClaimSpeaker("he was counting on a big crowd"), "The senator <The senator>");
}

TEST(QuoteTest, WhoeverDeliveredTheRetortSpeaks) {
  Analyzed r(
      "Ms Okafor delivered a sharp retort: \"Nobody is cutting anything.\" "
      "The council issued a statement: \"We will appeal.\"");
  EXPECT_EQ(r.QuoteSpeaker("Nobody is cutting anything."), "Okafor <Ms Okafor>");
  EXPECT_EQ(r.QuoteSpeaker("We will appeal."), "The council <The council>");
}

TEST(ClaimTest, AQuestionPutANameAndAHopedForPersonAreNoReports) {
  Analyzed r(
      "Ask Maple has bought a news app. The reporter tried to ask the mayor a question. "
      "After their biggest medal hope, Ana Ruiz, pulled out, the team regrouped. "
      "By any measure one could say the town treats strangers badly.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(QuoteTest, OpenQuoteContinuesIntoNextParagraph) {
  Analyzed r(kL + std::string("We built three venues already,") + kR + " said Ann Lee. " + kL +
             "The next one is different.\n" + kL + "It pays for itself." + kR + "\nThe council voted.");
  const Quote* q = r.QuoteWith("The next one is different.\n" + std::string(kL) + "It pays for itself.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Ann Lee <Ann Lee>");
  EXPECT_TRUE(q->attribution.inherited);
}

// British convention with straight quotes: a quote that runs on reopens with
// a mark after the end of a sentence and is never closed in between.
TEST(QuoteTest, StraightQuoteReopenedAfterASentenceContinuesTheQuote) {
  Analyzed r(
      "The chairman was upbeat. \"Sales held up well. \"Costs will fall next year,\" "
      "explains Mr Haldane. Shares rose 2%.");
  const Quote* q = r.QuoteWith("Sales held up well. \"Costs will fall next year");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Cue(q->attribution), "explains");
  EXPECT_EQ(r.Speaker(q->attribution), "Haldane <Mr Haldane>");
  // The narration after the quote is not inside any quote.
  for (const Quote& other : r.a.quotes) {
    EXPECT_EQ(r.At(other.content).find("Shares"), std::string::npos) << r.At(other.content);
  }
}

// A stray closing mark with no quote open (a typo) opens nothing: the
// narration after it stays narration, and the next quote pairs correctly.
TEST(QuoteTest, StrayClosingStraightMarkOpensNoQuote) {
  Analyzed r(
      "The results were mixed, said the chief executive.\"\n\n"
      "\"We faced hard choices,\" he added. The firm may cut jobs.");
  ASSERT_EQ(r.a.quotes.size(), 1u);
  EXPECT_EQ(r.At(r.a.quotes[0].content), "We faced hard choices");
}

// An opening curly mark typed where the closing one belongs closes the
// quote: attached to the word before it, a space after.
TEST(QuoteTest, OpeningCurlyMarkInTheClosingPlaceClosesTheQuote) {
  Analyzed r(std::string(kL) + "It is rare," + kL + " said Lara Nobel, a lawyer. " +
             Q("It is hard to pull off.") + " Two analysts found the navy is " + kL +
             "the strongest in Europe" + kL + " and the army is " + Q("the largest in Europe."));
  ASSERT_EQ(r.a.quotes.size(), 4u);
  EXPECT_EQ(r.At(r.a.quotes[0].content), "It is rare");
  EXPECT_EQ(r.QuoteSpeaker("It is rare"), "Lara Nobel <Lara Nobel>");
  EXPECT_EQ(r.At(r.a.quotes[1].content), "It is hard to pull off.");
  EXPECT_EQ(r.At(r.a.quotes[2].content), "the strongest in Europe");
  EXPECT_EQ(r.At(r.a.quotes[3].content), "the largest in Europe.");
}

// NYT archives write a double quote as two apostrophes: three after a word
// close a single quote and then the double.
TEST(QuoteTest, ThreeApostrophesAfterAWordCloseTheSingleThenTheDouble) {
  Analyzed r("''I would call it 'home-grown,''' said Neil Tanner. ''Roots matter.''");
  EXPECT_EQ(r.QuoteSpeaker("I would call it 'home-grown,'"), "Neil Tanner <Neil Tanner>");
}

// Straight quotes that pair normally are unaffected: two quotes, one cue.
TEST(QuoteTest, StraightQuotesAroundACue) {
  Analyzed r("\"We will appeal,\" said Ms Ortiz. \"The ruling is wrong.\" The court declined to comment.");
  ASSERT_EQ(r.a.quotes.size(), 2u);
  EXPECT_EQ(r.At(r.a.quotes[0].content), "We will appeal");
  EXPECT_EQ(r.At(r.a.quotes[1].content), "The ruling is wrong.");
  EXPECT_EQ(r.Speaker(r.a.quotes[1].attribution), "Ortiz <Ms Ortiz>");
}

TEST(QuoteTest, QuestionCalledOutByUnnamedSpeaker) {
  Analyzed r("As she left the hall, a reporter called out to the minister, " + Q("Will you stop?"));
  const Quote* q = r.QuoteWith("Will you stop?");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "a reporter <a reporter>");
  EXPECT_EQ(r.Cue(q->attribution), "called out");
}

TEST(PronounTest, PrefersTheSubjectOverALaterObject) {
  Analyzed r("Maria Lopez had warned of strikes. However, in an interview with Jane Reed, she said, " +
             Q("I think it is done.") + "\nKowalski wrote on social media: " + Q("We are ready."));
  EXPECT_EQ(r.QuoteSpeaker("I think it is done."), "Maria Lopez <she>");
  const Quote* z = r.QuoteWith("We are ready.");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(r.Speaker(z->attribution), "Kowalski <Kowalski>");
  EXPECT_EQ(r.Cue(z->attribution), "wrote");
}

TEST(PronounTest, DescriptiveReferenceResolvesToTheLatestSubject) {
  Analyzed r("Gregor Lindqvist nodded. The former army officer praised Kowalski, noting that the strike " +
             Q("could have been avoided."));
  const Quote* q = r.QuoteWith("could have been avoided.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Gregor Lindqvist <The former army officer>");
  EXPECT_EQ(r.Cue(q->attribution), "noting");
  EXPECT_EQ(q->attribution.cue_class, CueClass::kLoaded);
}

TEST(QuoteTest, UnattributedQuoteInheritsTheParagraphSpeaker) {
  Analyzed r(Q("We are tired,") + " said Maria Santos. " + Q("We want a contract."));
  const Quote* q = r.QuoteWith("We want a contract.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Maria Santos <Maria Santos>");
  EXPECT_TRUE(q->attribution.inherited);
}

TEST(ClaimTest, ReportedSpeechWithThat) {
  Analyzed r("The company's chief financial officer said that costs rose in the third quarter.");
  const Claim* c = r.ClaimWith("costs rose in the third quarter");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution),
            "The company's chief financial officer <The company's chief financial officer>");
  EXPECT_EQ(r.Cue(c->attribution), "said");
}

TEST(ClaimTest, LoadedAndDenialCues) {
  Analyzed r("Lee insisted he would win. Ortiz denied that he had met the donors.");
  const Claim* a = r.ClaimWith("he would win");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->attribution.cue_class, CueClass::kLoaded);
  const Claim* d = r.ClaimWith("he had met the donors");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->attribution.cue_class, CueClass::kDenial);
  EXPECT_EQ(r.Speaker(d->attribution), "Ortiz <Ortiz>");
}

TEST(ClaimTest, OrganisationReportsAndAccordingTo) {
  Analyzed r("Norway reported finding several wrecks. Five people died, according to the health ministry.");
  const Claim* u = r.ClaimWith("finding several wrecks");
  ASSERT_NE(u, nullptr);
  EXPECT_EQ(r.Speaker(u->attribution), "Norway <Norway>");
  const Claim* m = r.ClaimWith("Five people died");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(r.Speaker(m->attribution), "the health ministry <the health ministry>");
  EXPECT_EQ(r.Cue(m->attribution), "according to");
}

TEST(ClaimTest, DescribedPersonNamedRightAfter) {
  // In apposition.
  Analyzed app("Another former mayor, Sen. Rita Okafor, also stated her support for the plan on Monday.");
  const Claim* a = app.ClaimWith("her support for the plan on Monday");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(app.Speaker(a->attribution), "Rita Okafor <Another former mayor>");
  EXPECT_TRUE(a->attribution.named_after);
  // As the next sentence's subject, in the next paragraph.
  Analyzed lead(
      "A structural engineer has told the inquiry that the bridge was unsafe.\n\n"
      "Thomas Reyes said he had warned the council twice.");
  const Claim* l = lead.ClaimWith("the bridge was unsafe");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(lead.Speaker(l->attribution), "Thomas Reyes <A structural engineer>");
  EXPECT_TRUE(l->attribution.named_after);
  // (A given name the lexicon knows, or a title: "Thomas", "Sen.".)
  // Not a sentence that opens with a conjunction, nor a person named before.
  Analyzed but(
      "A structural engineer has told the inquiry that the bridge was unsafe. "
      "But Thomas Reyes said the council had acted.");
  const Claim* b = but.ClaimWith("the bridge was unsafe");
  ASSERT_NE(b, nullptr);
  EXPECT_FALSE(b->attribution.named_after);
  EXPECT_EQ(but.Speaker(b->attribution), "A structural engineer <A structural engineer>");
  Analyzed known(
      "Thomas Reyes chairs the council. A structural engineer has told the inquiry that the "
      "bridge was unsafe. Thomas Reyes thanked him.");
  const Claim* k = known.ClaimWith("the bridge was unsafe");
  ASSERT_NE(k, nullptr);
  EXPECT_FALSE(k->attribution.named_after);
}

TEST(QuoteTest, PartyWordEndsNoPersonsName) {
  // "Presumptive Democratic" before a title is no person a "he" can stand
  // for (nor is "one senior Democrat" a person named "Democrat").
  Analyzed r("Presumptive Democratic nominee Ann Lee joined the march. \"It was a great day,\" he said.");
  const Quote* q = r.QuoteWith("It was a great day");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "he <he>");
  // A given name first is a person: "Jack White".
  Analyzed w("Jack Republican joined the march. \"It was a great day,\" he said.");
  const Quote* p = w.QuoteWith("It was a great day");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(w.Speaker(p->attribution), "Jack Republican <he>");
}

TEST(ClaimTest, ViewWithItsAgentBeforeAs) {
  // "described by X as “…”": X describes, and the words quoted are X's.
  Analyzed r("The tablet was described by Mira Patel as \"the cheapest we have ever made\".");
  const Quote* q = r.QuoteWith("the cheapest we have ever made");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Mira Patel <Mira Patel>");
  // "seen by some as": the agent is the quantifier alone.
  Analyzed s("The switch is seen by some as a snub to the coach.");
  ASSERT_EQ(s.a.claims.size(), 1u);
  EXPECT_EQ(s.Speaker(s.a.claims[0].attribution), "some <some>");
}

TEST(QuoteTest, WordsQuotedInAVerbsObjectAreItsSubjects) {
  // "forecast profitable growth “…”": no clause is reported, but the words
  // quoted are the forecaster's.
  Analyzed r("Looking ahead, Ms Okafor forecast profitable growth \"with a margin in the upper teens\".");
  const Quote* q = r.QuoteWith("with a margin in the upper teens");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Ms Okafor <Ms Okafor>");
  EXPECT_EQ(r.Cue(q->attribution), "forecast");
  EXPECT_TRUE(r.a.claims.empty());
  // Fewer than four words quoted may be a term, not someone's words.
  Analyzed term("Looking ahead, Ms Okafor forecast profitable growth \"in the teens\".");
  const Quote* t = term.QuoteWith("in the teens");
  ASSERT_NE(t, nullptr);
  EXPECT_FALSE(t->attribution.has_speaker);
}

TEST(QuoteTest, PassiveThatRelaysTheSubjectsWords) {
  // "was heard saying", "is quoted as saying": the subject speaks.
  Analyzed r("\"The whole scheme is a shambles,\" Ms Varga was heard saying.");
  const Quote* q = r.QuoteWith("The whole scheme is a shambles");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Varga <Ms Varga>");
  EXPECT_EQ(r.Cue(q->attribution), "heard saying");
  Analyzed quoted("\"The whole scheme is a shambles,\" Ms Varga was quoted as saying.");
  const Quote* p = quoted.QuoteWith("The whole scheme is a shambles");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(quoted.Speaker(p->attribution), "Varga <Ms Varga>");
}

TEST(ClaimTest, ADutyToSayIsNoReport) {
  // "must declare", "should disclose": what someone has to say, not a report.
  Analyzed r("Traders must declare publicly if they hold shares in rival firms.");
  EXPECT_TRUE(r.a.claims.empty());
  Analyzed s("Ministers should disclose that the advice was changed.");
  EXPECT_TRUE(s.a.claims.empty());
  Analyzed said("Ministers disclosed that the advice was changed.");
  ASSERT_EQ(said.a.claims.size(), 1u);
  EXPECT_EQ(said.Speaker(said.a.claims[0].attribution), "Ministers <Ministers>");
}

TEST(ClaimTest, AdvisersToSomeoneSpeakForThemselves) {
  // "Advisers to a rival campaign", "Aides to Mr. Hale": the circle speaks,
  // not the campaign or the person it serves.
  Analyzed r("Advisers to a rival campaign say the senator is finished.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_EQ(r.Speaker(r.a.claims[0].attribution),
            "Advisers to a rival campaign <Advisers to a rival campaign>");
  Analyzed n("Aides to Mr. Hale said he would stay in the race.");
  ASSERT_EQ(n.a.claims.size(), 1u);
  EXPECT_EQ(n.Speaker(n.a.claims[0].attribution), "Aides to Mr. Hale <Aides to Mr. Hale>");
}

TEST(QuoteTest, APartysMemberIsTheSecondReference) {
  // "the Republican said", "the Utah Republican asks": the person the story
  // is about, as "the senator" would be; "the Tory plans" is no speaker.
  Analyzed r(
      "Presidential candidate Tom Vance said zoning hurts the poor. \"It might surprise you, but the "
      "rules are "
      "too strict,\" the Republican said this week.");
  const Quote* q = r.QuoteWith("It might surprise you, but the rules are too strict");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Tom Vance <the Republican>");
}

TEST(QuoteTest, ANameInSWithItsApostropheThenThePerson) {
  // "said WXS' Lena Ward": the apostrophe is the possessive's, not a
  // quote mark; the person speaks.
  Analyzed r("\"The scenes are not needed,\" said WXS' Lena Ward.");
  const Quote* q = r.QuoteWith("The scenes are not needed");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Lena Ward <WXS' Lena Ward>");
}

TEST(ClaimTest, ThoseWhoSpeakForSomeoneAtTheSentencesStart) {
  // "Attorneys for Quill …, saying …": capitalised only because they open
  // the sentence, they speak for her; they are not her.
  Analyzed r("Attorneys for Quill opposed the effort, saying that her account was private.");
  const Claim* c = r.ClaimWith("her account was private");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "Attorneys for Quill <Attorneys for Quill>");
}

TEST(QuoteTest, AgreedWithAColonAndARoleWithAPartysWord) {
  Analyzed r("Nora Blake, an analyst at Fenwick, agreed: \"They have a loyal base.\"");
  const Quote* q = r.QuoteWith("They have a loyal base.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Nora Blake <Nora Blake>");
  EXPECT_EQ(r.Cue(q->attribution), "agreed");
  Analyzed v("\"I do not know what he believes,\" said undecided Republican voter Dana Pruitt of Keene.");
  const Quote* p = v.QuoteWith("I do not know what he believes");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(v.Speaker(p->attribution), "Dana Pruitt <undecided Republican voter Dana Pruitt>");
}

TEST(QuoteTest, ASourceCitedInsideAReportIsNotTheQuotesSpeaker) {
  // "X said that according to its analysis …, but “…”": the words quoted
  // are X's, not the analysis's.
  Analyzed r(
      "Ada Ruiz said on Tuesday that according to its count, the alliance has taken 61 percent of the "
      "ballots, but \"we are still checking the returns.\"");
  const Quote* q = r.QuoteWith("we are still checking the returns.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Ada Ruiz <Ada Ruiz>");
}

TEST(ClaimTest, AgentlessAttribution) {
  Analyzed r("While traveling, it was announced that the meeting was canceled.");
  const Claim* c = r.ClaimWith("the meeting was canceled");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->agentless);
  EXPECT_FALSE(c->attribution.has_speaker);
  EXPECT_EQ(r.Cue(c->attribution), "it was announced");
}

TEST(ClaimTest, NonReportingClaimIsNotACue) {
  Analyzed r("The epidemic has claimed thousands of lives. The team claimed victory.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(ClaimTest, AsideAfterTheReportIsNotPartOfIt) {
  Analyzed r("She claimed the merger was on track, though she did not give figures.");
  const Claim* c = r.ClaimWith("the merger was on track");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Cue(c->attribution), "claimed");
}

// --- Voice: what the story reports without asserting it -----------------------

bool Reported(const Analyzed& r, const std::string& words) {
  size_t at = r.doc.text.find(words);
  if (at == std::string::npos) return false;
  for (const Span& s : r.a.reported) {
    if (s.start <= at && at + words.size() <= s.end) return true;
  }
  for (const Claim& c : r.a.claims) {
    if (c.content.start <= at && at + words.size() <= c.content.end) return true;
  }
  return false;
}

TEST(VoiceTest, StanceAdjectiveReportsItsSubjectsBelief) {
  Analyzed r("The treasurer is worried that the levy may drive firms abroad.");
  const Claim* c = r.ClaimWith("the levy may drive firms abroad");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "The treasurer <The treasurer>");
  EXPECT_EQ(r.Cue(c->attribution), "worried");
  EXPECT_EQ(c->attribution.cue_class, CueClass::kBelief);
  // "It is certain that …" is the story's own judgement: no one's belief.
  Analyzed own("It is certain that the levy will pass.");
  EXPECT_TRUE(own.a.claims.empty());
  Analyzed doubt("It is doubtful that the levy will pass.");
  EXPECT_TRUE(doubt.a.claims.empty());
  // Before an adjective of feeling, "it" is someone: a country, a firm.
  Analyzed it("Latvia asked for more time because it was concerned that a ban could lead to shortages.");
  const Claim* belief = it.ClaimWith("a ban could lead to shortages");
  ASSERT_NE(belief, nullptr);
  EXPECT_EQ(it.Speaker(belief->attribution), "Latvia <it>");
  EXPECT_EQ(it.Cue(belief->attribution), "concerned");
}

TEST(VoiceTest, StanceAdjectiveAfterACopulaOtherThanBe) {
  Analyzed r(
      "Her backers remain confident that the appeal may succeed. "
      "The mayor seemed hopeful that the depot could reopen.");
  const Claim* c = r.ClaimWith("the appeal may succeed");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "Her backers <Her backers>");
  c = r.ClaimWith("the depot could reopen");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Cue(c->attribution), "hopeful");
}

TEST(VoiceTest, QuestionAStanceNounIsAboutIsReported) {
  Analyzed r(
      "Doubts remain over how much the firm may owe. "
      "She bristled at the implication that the rival could still win. "
      "Speculation about who will take over seems to have cooled.");
  EXPECT_TRUE(Reported(r, "how much the firm may owe"));
  EXPECT_TRUE(Reported(r, "the rival could still win"));
  // The noun and its question are the subject; "seems to" is the story's.
  EXPECT_FALSE(Reported(r, "seems to have cooled"));
}

TEST(VoiceTest, ClauseOfAStanceNounIsReported) {
  Analyzed r("Shares fell amid fears that the merger could collapse. The fact that it may stall is known.");
  EXPECT_TRUE(Reported(r, "the merger could collapse"));
  // Not a stance noun: the fact is asserted.
  EXPECT_FALSE(Reported(r, "it may stall"));
}

TEST(VoiceTest, IndirectQuestionIsNotAnAssertion) {
  Analyzed r("The inspectors questioned whether the dam could hold another winter.");
  EXPECT_TRUE(Reported(r, "the dam could hold another winter"));
  Analyzed asked("Asked if the plant might close, the manager shook his head.");
  EXPECT_TRUE(Reported(asked, "if the plant might close"));
  // A question put to someone is no agentless claim.
  for (const Claim& c : asked.a.claims) EXPECT_FALSE(c.agentless) << asked.At(c.content);
}

TEST(VoiceTest, ParentheticalCueReportsTheWholeClause) {
  Analyzed r("The ferry link, the operator said, might reopen by Easter.");
  const Claim* c = r.ClaimWith("The ferry link, the operator said, might reopen by Easter");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Cue(c->attribution), "said");
}

TEST(VoiceTest, ReportInsideARelativeClauseEndsWithTheClause) {
  Analyzed r("Under the plan, which the newspaper said could be unveiled on Monday, the mill would close.");
  EXPECT_NE(r.ClaimWith("could be unveiled on Monday"), nullptr);
  EXPECT_FALSE(Reported(r, "the mill would close"));
}

TEST(VoiceTest, ReportInARelativeClauseDoesNotCutTheOuterReport) {
  Analyzed r(
      "Analysts believe the insurer, which has asked regulators to approve the merger, may sell its bank.");
  const Claim* outer =
      r.ClaimWith("the insurer, which has asked regulators to approve the merger, may sell its bank");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(r.Cue(outer->attribution), "believe");
  EXPECT_TRUE(Reported(r, "may sell its bank"));
  Analyzed nested("Officials said the bridge, which engineers say was rushed, could close for a year.");
  EXPECT_NE(nested.ClaimWith("the bridge, which engineers say was rushed, could close for a year"), nullptr);
  const Claim* inner = nested.ClaimWith("was rushed");
  ASSERT_NE(inner, nullptr);
  EXPECT_EQ(nested.Speaker(inner->attribution), "engineers <engineers>");
}

TEST(VoiceTest, PartialQuoteParaphraseBelongsToTheSpeaker) {
  Analyzed r("The mayor could \"simply sign a decree,\" said Ines Moreau, a council member.");
  EXPECT_TRUE(Reported(r, "The mayor could"));
}

TEST(VoiceTest, ReadersCommentsAfterTheStoryAreNotTheNewsroomsVoice) {
  const std::string story =
      "The council has approved a new levy on second homes.\n\n"
      "Officials said the levy would raise money for housing.\n\n";
  Analyzed r(story +
             "I think the levy may drive families away from the village.\n\n"
             "My neighbours probably agree with me.\n\n"
             "The scheme could work if the money stays local.\n\n"
             "I have lived here for thirty years and I have never seen prices like this.\n");
  EXPECT_TRUE(Reported(r, "the levy may drive families away"));
  EXPECT_TRUE(Reported(r, "The scheme could work"));
  EXPECT_FALSE(Reported(r, "The council has approved"));

  // Two paragraphs in the first person are not a column.
  Analyzed few(story +
               "I think the levy may drive families away from the village.\n\n"
               "My neighbours probably agree with me.\n\n"
               "The scheme could work if the money stays local.\n");
  EXPECT_FALSE(Reported(few, "The scheme could work"));

  // A reporter writing as the interviewer is the newsroom in the first person.
  Analyzed interviewer(story +
                       "The mayor told me the levy may drive families away.\n\n"
                       "I asked her whether it would pass; my question went unanswered.\n\n"
                       "The scheme could work if the money stays local.\n\n"
                       "I have lived here for thirty years and I have never seen prices like this.\n");
  EXPECT_FALSE(Reported(interviewer, "The scheme could work"));
}

// --- Speakers --------------------------------------------------------------------

TEST(SpeakerTest, PronounStandsForTheDescribedPersonWhoSpokeLast) {
  Analyzed r(
      "Ross Tallis praised the find on Monday. A spokeswoman said the company "
      "believed there was oil. But she added: " +
      Q("It is still too early to say.") + " The company said its shares rose. " + Q("We are pleased,") +
      " he said.");
  EXPECT_EQ(r.QuoteSpeaker("It is still too early to say."), "A spokeswoman <she>");
  // A body is not a person: "he" goes back to the man named before.
  const Quote* he = r.QuoteWith("We are pleased");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(r.Speaker(he->attribution), "Ross Tallis <he>");
}

TEST(SpeakerTest, ParticipleAfterTheObjectReportsTheSubject) {
  Analyzed r("The senator left the party saying its leaders had lost their way.");
  EXPECT_EQ(r.ClaimSpeaker("its leaders had lost their way"), "The senator <The senator>");
  // A document someone issues speaks for them (judges name the issuer).
  Analyzed doc("The ministry issued a statement saying the talks had failed.");
  const Claim* d = doc.ClaimWith("the talks had failed");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(doc.Speaker(d->attribution), "The ministry <The ministry>");
}

TEST(SpeakerTest, RelativeWithoutACommaStandsForThePhraseBeforeIt) {
  Analyzed r(
      "The message was repeated by Transport Secretary Helen Marsh who said the matter was closed. "
      "The plan worried some senior fire officers who fear it could raise costs.");
  EXPECT_EQ(r.ClaimSpeaker("the matter was closed"), "Helen Marsh <Transport Secretary Helen Marsh who>");
  const Claim* f = r.ClaimWith("it could raise costs");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(r.Speaker(f->attribution), "some senior fire officers <some senior fire officers who>");
  EXPECT_FALSE(f->attribution.speaker_named);  // a kind of people, not someone named
}

TEST(SpeakerTest, ModifiedDescriptionIsASecondReference) {
  Analyzed r("Owen Hartley said he had wondered whether to attend. " +
             Q("I questioned whether I should travel,") + " the Welsh actor said. " + Q("It felt wrong,") +
             " the spokesman said.");
  EXPECT_EQ(r.QuoteSpeaker("I questioned whether I should travel"), "Owen Hartley <the Welsh actor>");
  // A bare role names only someone given that title.
  const Quote* bare = r.QuoteWith("It felt wrong");
  ASSERT_NE(bare, nullptr);
  EXPECT_EQ(r.Speaker(bare->attribution), "the spokesman <the spokesman>");
}

TEST(SpeakerTest, ConjunctionOpeningTheSentenceIsNotPartOfTheSpeaker) {
  Analyzed r("But economists said the slowdown would pass.");
  EXPECT_EQ(r.ClaimSpeaker("the slowdown would pass"), "economists <economists>");
}

TEST(SpeakerTest, NameInAppositionAfterTheCue) {
  Analyzed r("\"We are not moving,\" said the club's chief executive, Rosa Delgado.");
  EXPECT_EQ(r.QuoteSpeaker("We are not moving"), "Rosa Delgado <Rosa Delgado>");
}

TEST(SpeakerTest, AppositiveBetweenQuoteAndCue) {
  Analyzed r("\"The figures are sound,\" Omar Haddad, a partner at Lyle & Co, said.");
  EXPECT_EQ(r.QuoteSpeaker("The figures are sound"), "Omar Haddad <Omar Haddad>");
}

TEST(SpeakerTest, RelayedQuoteBelongsToWhoIsQuoted) {
  Analyzed r("\"Prices will fall,\" the Gazette quoted Minister Ana Ruiz as saying.");
  EXPECT_EQ(r.QuoteSpeaker("Prices will fall"), "Ana Ruiz <Minister Ana Ruiz>");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(SpeakerTest, ItStandsForTheBodyThatSpokeLast) {
  Analyzed r("Harbour Rail said the timetable would change. \"Trains will run later,\" it said.");
  EXPECT_EQ(r.QuoteSpeaker("Trains will run later"), "Harbour Rail <it>");
}

TEST(SpeakerTest, QuoteOpeningASentenceTakesTheReportBeforeIt) {
  Analyzed r("Ms Kowalski said the rules were too loose. \"Nobody checks the permits.\"");
  const Quote* q = r.QuoteWith("Nobody checks the permits.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Kowalski <Ms Kowalski>");
  EXPECT_TRUE(q->attribution.inherited);
}

TEST(SpeakerTest, BareRoleNamesOnlySomeoneWithThatTitle) {
  // "the senator" is the person introduced as a senator, not the latest name.
  Analyzed r(
      "Sen. Mara Quill met Governor Tom Reyes. Reyes left early. "
      "\"We made progress,\" the senator said.");
  EXPECT_EQ(r.QuoteSpeaker("We made progress"), "Mara Quill <the senator>");
  // With no one of that title, the description stands as written.
  Analyzed none("Tom Reyes left early. \"We made progress,\" the spokesman said.");
  const Quote* q2 = none.QuoteWith("We made progress");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(none.Speaker(q2->attribution), "the spokesman <the spokesman>");
}

TEST(SpeakerTest, HeStandsForADescribedSpeakerWhoseHeadHasAPhraseAfterIt) {
  // "A spokesman for the … Union" is one man: a later "he" is him, not the
  // union's chart named before.
  Analyzed r(
      "Sales rose, according to the Weekly Album Chart. A spokesman for the Growers Union (GU) said "
      "prices would hold. " +
      Q("We expect a good season,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("We expect a good season"), "A spokesman for the Growers Union (GU) <he>");
  // An appositive after a name describes that name: "she" is still her.
  Analyzed named(
      "Sen. Ada Ruiz, a supporter of the Growers Union, told reporters she believed prices "
      "would hold.");
  EXPECT_EQ(named.ClaimSpeaker("prices would hold"), "Ada Ruiz <she>");
}

TEST(SpeakerTest, AnAgeAfterTheVerbIsTheLatestSubjectEvenOneNamedAfterADescription) {
  // "said the 46-year-old" names the person the story is about: here the
  // subject of the sentence before, named after a description of her.
  Analyzed r(Q("Order matters,") +
             " House Speaker Tom Reyes told the delegates. The candidate's glamorous "
             "wife Mara Quill brought some pizzazz to the night. " +
             Q("Donald is a leader,") + " said the 46-year-old.");
  EXPECT_EQ(r.QuoteSpeaker("Donald is a leader"), "Mara Quill <the 46-year-old>");
}

TEST(SpeakerTest, HeOrSheIsNeverAPartyAnAcronymOrABody) {
  // "Labour" spoke last (the cue inside his report), but "he" is a person.
  Analyzed r("Mr Ned Marsh said Labour would reassure voters. " + Q("Nobody needs to say sorry,") +
             " he said. The BBC said it would appeal. " + Q("We will not back down,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("Nobody needs to say sorry"), "Ned Marsh <he>");
  EXPECT_EQ(r.QuoteSpeaker("We will not back down"), "she <she>");  // left unresolved
}

TEST(SpeakerTest, ABareTitleIsNotTheShadowOrDeputyHolder) {
  Analyzed r(
      "Shadow chancellor Owen Pryce said the plans were flawed. Deputy Prime Minister Hugh Barton "
      "said little. " +
      Q("We have cut taxes,") + " the chancellor said. " + Q("I will stay,") + " the prime minister said. " +
      Q("The plans are flawed,") + " the shadow chancellor said.");
  EXPECT_EQ(r.QuoteSpeaker("We have cut taxes"), "the chancellor <the chancellor>");
  EXPECT_EQ(r.QuoteSpeaker("I will stay"), "the prime minister <the prime minister>");
  EXPECT_EQ(r.QuoteSpeaker("The plans are flawed"), "Owen Pryce <the shadow chancellor>");
  // A party before "shadow": the modifier still belongs to the title.
  Analyzed tory(
      "Tory shadow chancellor Owen Pryce predicted taxes would rise. The chancellor insisted his "
      "plans were affordable.");
  EXPECT_EQ(tory.ClaimSpeaker("his plans were affordable"), "The chancellor <The chancellor>");
}

TEST(CueTest, ANameAfterAVerbMakesClaimsANoun) {
  // "could dent Rivo claims that …": the object of "dent", not Rivo
  // claiming; so "Mr Hale derided Labour claims they could cut …".
  Analyzed r(
      "The outage could dent Rivo claims that its plan is legal. Mr Hale derided Labour claims they "
      "could cut waste. Last week Rivo claims it had won. Analysts said Rivo claims that sales rose.");
  EXPECT_EQ(r.ClaimWith("its plan is legal"), nullptr);
  EXPECT_EQ(r.ClaimWith("they could cut waste"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("it had won"), "Rivo <Rivo>");
  EXPECT_EQ(r.ClaimSpeaker("sales rose"), "Rivo <Rivo>");
}

TEST(SpeakerTest, ADescriptionResolvedToSomeoneTeachesTheirRole) {
  // "the independent Ohio senator" is the latest subject, Ada Ruiz; so
  // a later bare "the senator" is her too, not a role left unresolved.
  Analyzed r(
      "Ada Ruiz spoke to the paper on Monday. A year ago, the independent Ohio senator said, "
      "the press ignored her. " +
      Q("That is probably right,") + " the senator said.");
  EXPECT_EQ(r.QuoteSpeaker("That is probably right"), "Ada Ruiz <the senator>");
}

TEST(SpeakerTest, APassiveRelayNamesTheSpeakerButNotWhoReportedIt) {
  // "Mr Brannock is reported as saying": the words are Brannock's; who reported
  // them stays unnamed, so the passive is still agentless.
  Analyzed r("Some panel members are worried. " + Q("They will unleash the lawyers,") +
             " Mr Dan Brannock is reported as saying. " + Q("They will sue,") +
             " Ms Ada Ruiz was quoted as saying.");
  EXPECT_EQ(r.QuoteSpeaker("They will unleash the lawyers"), "Dan Brannock <Mr Dan Brannock>");
  EXPECT_EQ(r.QuoteSpeaker("They will sue"), "Ada Ruiz <Ms Ada Ruiz>");
  const Claim* agentless = r.ClaimWith(kL + std::string("They will unleash the lawyers,") + kR);
  ASSERT_NE(agentless, nullptr);
  EXPECT_FALSE(agentless->attribution.has_speaker);
  EXPECT_EQ(r.Cue(agentless->attribution), "is reported");
}

TEST(CueTest, ANegatedVerbAfterTheObjectNounStillMakesAReport) {
  // "insisted his squad never doubted they could recover": "never" between the
  // noun and its verb; the report is the whole clause, its hedge the coach's.
  Analyzed r("The coach insisted his squad never doubted they could recover.");
  EXPECT_EQ(r.ClaimSpeaker("his squad never doubted they could recover"), "The coach <The coach>");
}

TEST(CueTest, ButInsideARelativeClauseDoesNotEndTheReport) {
  // "proposed a meeting but did not name a date": the story's aside ends
  // the report; "judges who hear a case but are not bound … created a
  // hurdle" joins the relative clause's verbs, and the report runs on.
  Analyzed r(
      "The senator has suggested that judges who hear a case but are not bound by it created a hurdle "
      "no plaintiff could clear. The minister proposed a meeting but did not name a date.");
  EXPECT_EQ(
      r.ClaimSpeaker("judges who hear a case but are not bound by it created a hurdle no plaintiff could "
                     "clear"),
      "The senator <The senator>");
}

TEST(SpeakerTest, TheSameVerbAgainAfterAQuoteIsItsFirstSubjects) {
  // "said that Pike is a “kind man,” and said that Vance “fell apart”":
  // the second "said" is Marsh's, past the quote in the first report.
  Analyzed r("Ann Marsh said that Pike is a " + Q("kind, honest man,") + " and said that Vance " +
             Q("fell apart last night."));
  EXPECT_EQ(r.QuoteSpeaker("fell apart last night."), "Ann Marsh <Ann Marsh>");
}

TEST(SpeakerTest, ANationalityAfterTheQuoteIsTheLatestSubject) {
  // "said the German", "the Spaniard added": sports and foreign copy's
  // second reference; "the Guardian said" is a newspaper.
  Analyzed r("Greta Ulrich lost the final to Paula Ramos. " + Q("It was my first final,") +
             " said the German. " + Q("We were lucky,") + " the Guardian said.");
  EXPECT_EQ(r.QuoteSpeaker("It was my first final"), "Greta Ulrich <the German>");
  EXPECT_EQ(r.QuoteSpeaker("We were lucky"), "Guardian <the Guardian>");
}

TEST(SpeakerTest, TheFirmIsTheNamedBodyThatSpokeLast) {
  // "Kelso said … The firm said": the body named by a proper name; not a
  // kind of people ("Analysts said … the company said") nor a person
  // ("Helen Frey, a spokeswoman, told … the bank said").
  Analyzed r("Kelso said sales rose. The firm said it is " + Q("weighing a range of options") +
             ". Analysts said sales fell. The company said " + Q("we are cautious") +
             ". Helen Frey, a spokeswoman, told Time it was lost. The bank said " + Q("no data was misused") +
             ".");
  EXPECT_EQ(r.QuoteSpeaker("weighing a range of options"), "Kelso <The firm>");
  EXPECT_EQ(r.QuoteSpeaker("we are cautious"), "The company <The company>");
  EXPECT_EQ(r.QuoteSpeaker("no data was misused"), "The bank <The bank>");
}

TEST(SpeakerTest, ASubjectWithWhoIsAPersonForHeInItsSentence) {
  // A name of no known gender opening the sentence is "he" when a "who"
  // says it is a person (not the last speaker, Tom Vance).
  Analyzed r(
      "Tom Vance said he would run. C. Ellery Pike, who served as counsel under his father, ran "
      "through the rules: " +
      Q("Civility was assumed,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("Civility was assumed"), "C. Ellery Pike <he>");
}

TEST(SpeakerTest, ItIsTheFirmWhosePossessiveOpensTheSentenceBefore) {
  // "Brauwerk's net income fell … It had warned …": no body spoke, so "it"
  // is the firm the story is about; not a contraction ("What's more").
  Analyzed r(
      "Brauwerk's net income fell sharply. It had warned in November that the euro would hurt "
      "profits. What's more, it said sales would slow.");
  EXPECT_EQ(r.ClaimSpeaker("the euro would hurt profits"), "Brauwerk <It>");
  EXPECT_EQ(r.ClaimSpeaker("sales would slow"), "Brauwerk <it>");
}

TEST(CueTest, PostingAResultOrAPictureReportsNothing) {
  Analyzed r(
      "The firm has posted a 14% rise in yearly profit after sales were lifted by the festival. "
      "Fans posted their thoughts about the match. The mayor posted on Facebook that the road "
      "would reopen.");
  EXPECT_EQ(r.ClaimWith("a 14% rise in yearly profit after sales were lifted by the festival"), nullptr);
  EXPECT_EQ(r.ClaimWith("their thoughts about the match"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("the road would reopen"), "The mayor <The mayor>");
}

TEST(CueTest, ClaimsAfterAVerbInThePastIsItsObject) {
  // "shrugged off claims from Tom Vance that …", "rejected claims by
  // campaigners that …": the noun, not "the minister rejected" claiming.
  Analyzed r(
      "The premier shrugged off claims from Tom Vance that he led a weak cabinet. "
      "The minister rejected claims by campaigners that the plan was unlawful.");
  EXPECT_EQ(r.ClaimWith("he led a weak cabinet"), nullptr);
  EXPECT_EQ(r.ClaimWith("the plan was unlawful"), nullptr);
}

TEST(SpeakerTest, ARoleOfABodyAfterANameIsThatPersonsDescription) {
  // "Ann Lee, director of Acme Group, which makes tools, said": the name the
  // description follows speaks, not "of Acme Group"; "a group of rabbis"
  // keeps its own determiner and speaks for itself.
  Analyzed r(
      "Ann Lee, director of Acme Group, which makes tools, said sales rose. ACRA met on Monday, "
      "a group of rabbis said.");
  EXPECT_EQ(r.ClaimSpeaker("sales rose"), "Ann Lee <director of Acme Group>");
  EXPECT_EQ(r.ClaimSpeaker("ACRA met on Monday"), "a group of rabbis <a group of rabbis>");
}

TEST(SpeakerTest, LoneNameBeforeAReportingVerbIsAPerson) {
  Analyzed r("Bob said he stayed at the base. \"It was chaos,\" he said.");
  EXPECT_EQ(r.QuoteSpeaker("It was chaos"), "Bob <he>");
}

TEST(SpeakerTest, SpeakerNamedOrOnlyAKindOfPeople) {
  Analyzed r(
      "Marta Vidal toured the plant. Critics said the plant was unsafe. "
      "Vidal aides said it was safe. Port Authority officials said the cranes were new. "
      "Senior engineers said the cranes were old. Her aides said nothing was wrong.");
  auto named = [&](const std::string& content) {
    const Claim* c = r.ClaimWith(content);
    EXPECT_NE(c, nullptr) << content;
    return c != nullptr && c->attribution.speaker_named;
  };
  EXPECT_FALSE(named("the plant was unsafe"));
  // A person's circle, named only by whose it is, is unnamed people.
  EXPECT_FALSE(named("it was safe"));
  EXPECT_TRUE(named("the cranes were new"));
  EXPECT_FALSE(named("the cranes were old"));
  EXPECT_FALSE(named("nothing was wrong"));
  // With the person joined to it, someone is named.
  Analyzed joined("Marta Vidal toured the plant. She and her aides said it was safe.");
  const Claim* c = joined.ClaimWith("it was safe");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->attribution.speaker_named);
}

TEST(SpeakerTest, DescriptionRightAfterAQuoteIsTheSpeaker) {
  // Whatever the head noun: "trader", "winger", "fly-half".
  Analyzed r("\"The rally will not last,\" said one Frankfurt-based trader.");
  EXPECT_EQ(r.QuoteSpeaker("The rally will not last"),
            "one Frankfurt-based trader <one Frankfurt-based trader>");
  // A definite description is the second reference to the person named last.
  Analyzed d("Tomas Berg scored twice on Sunday. \"I was lucky with the second,\" said the Lyon striker.");
  const Quote* q2 = d.QuoteWith("I was lucky with the second");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(d.Speaker(q2->attribution), "Tomas Berg <the Lyon striker>");
  // An outlet speaks for itself.
  Analyzed o("Tomas Berg scored twice. \"He is in form,\" said the sports magazine.");
  const Quote* q3 = o.QuoteWith("He is in form");
  ASSERT_NE(q3, nullptr);
  EXPECT_EQ(o.Speaker(q3->attribution), "the sports magazine <the sports magazine>");
}

TEST(SpeakerTest, NamesWithInitialsAndSuffixes) {
  Analyzed r(
      "\"Rates will hold,\" Dana K. Ferris wrote in a note to clients. "
      "\"Markets agree,\" Paul Ames Jr., the fund's founder, said.");
  EXPECT_EQ(r.QuoteSpeaker("Rates will hold"), "Dana K. Ferris <Dana K. Ferris>");
  const Quote* q2 = r.QuoteWith("Markets agree");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(r.Speaker(q2->attribution), "Paul Ames Jr. <Paul Ames Jr.>");
}

TEST(SpeakerTest, QuoteParagraphAfterAStanceTakesItsSpeaker) {
  Analyzed r("Nora Pike praised the council's flood plan.\n\n\"It will save homes.\"");
  const Quote* q = r.QuoteWith("It will save homes.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Nora Pike <Nora Pike>");
  EXPECT_TRUE(q->attribution.inherited);
  // Not from a phrase that names no one.
  Analyzed n(
      "Nora Pike toured the dam. The plan to widen it drew praise from engineers and residents "
      "who welcomed the plan to raise the wall.\n\n\"It will save homes.\"");
  const Quote* q2 = n.QuoteWith("It will save homes.");
  ASSERT_NE(q2, nullptr);
  EXPECT_FALSE(q2->attribution.has_speaker);
}

TEST(SpeakerTest, CallingSomethingAQuotedName) {
  Analyzed r("The mayor thanked supporters, declaring it \"a great night for the city\" before leaving.");
  EXPECT_EQ(r.QuoteSpeaker("a great night for the city"), "The mayor <The mayor>");
}

TEST(SpeakerTest, ParticipialPhraseOpeningTheSentenceIsNotTheSubject) {
  Analyzed r(
      "Speaking at a rally in Dover, Delaware, Lou Brandt attacked his rival, calling him "
      "\"a tired man\".");
  EXPECT_EQ(r.QuoteSpeaker("a tired man"), "Lou Brandt <Lou Brandt>");
  // A name that ends in -ing is a name: "Harding said".
  Analyzed n("Harding said the vote was close, adding that \"every ballot counts\".");
  const Quote* q2 = n.QuoteWith("every ballot counts");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(n.Speaker(q2->attribution), "Harding <Harding>");
}

TEST(SpeakerTest, RoleInLowerCaseBeforeANameAndAuxiliaryBeforeTheVerb) {
  Analyzed r(
      "The band had to let him go, lead guitarist Ana Moss has said. "
      "\"Nothing prepares you for this,\" the veteran coach will say on Friday.");
  EXPECT_EQ(r.ClaimSpeaker("The band had to let him go"), "Ana Moss <lead guitarist Ana Moss>");
  const Quote* q = r.QuoteWith("Nothing prepares you for this");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->attribution.cue, "say");
  EXPECT_FALSE(q->attribution.inherited);
}

TEST(SpeakerTest, TitleCaseHeadlineIsNotANameOrASentence) {
  Analyzed r("Mayor Says Budget Will Balance Next Year\n\nThe council met on Monday.");
  ASSERT_FALSE(r.a.segmentation.sentences.empty());
  EXPECT_TRUE(r.a.segmentation.sentences[0].heading);
  EXPECT_FALSE(r.a.segmentation.sentences[1].heading);
}

TEST(SpeakerTest, NameOpensAChainOfAppositives) {
  Analyzed r(Q("The fares went up twice,") +
             " Maria Ortiz, 54, a nurse from Dayton, Ohio, said after the meeting. "
             "Paul Webb, a farmer near Leeds, watching the count, said the result was fair.");
  EXPECT_EQ(r.QuoteSpeaker("The fares went up twice"), "Maria Ortiz <Maria Ortiz>");
  EXPECT_EQ(r.ClaimSpeaker("the result was fair"), "Paul Webb <Paul Webb>");
}

TEST(SpeakerTest, TimePhraseBetweenNameAndVerbIsNoPartOfTheSpeaker) {
  Analyzed r("Health Secretary Jane Morton on Monday said the wards would reopen.");
  EXPECT_EQ(r.ClaimSpeaker("the wards would reopen"), "Jane Morton <Health Secretary Jane Morton>");
}

TEST(SpeakerTest, GivenNameKeepsSheFromAManNamedNearer) {
  // The man spoke last; "she" is the woman named before him.
  Analyzed r("Laura Finch toured the depot. " + Q("It is a scandal,") +
             " said Gordon Bell, a union official. " + Q("We need more drivers,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("We need more drivers"), "Laura Finch <she>");
}

TEST(SpeakerTest, ExclamationEndsTheQuoteButNotItsAttribution) {
  Analyzed r("The hall was full.\n\n" + Q("What a night!") + " Mayor Tom Reyes said of the opening. " +
             Q("Who pays for it?") + " Ms. Cole asked the council.");
  EXPECT_EQ(r.QuoteSpeaker("What a night!"), "Tom Reyes <Mayor Tom Reyes>");
  EXPECT_EQ(r.QuoteSpeaker("Who pays for it?"), "Cole <Ms. Cole>");
  // A question is no claim: "the council" is whom it was put to.
  EXPECT_EQ(r.ClaimWith("the council"), nullptr);
}

TEST(ClaimTest, NegatedReportsAndQuestionsAssertNothing) {
  Analyzed r(
      "The mayor did not mention the audit. Reyes hasn't said whether he will run. "
      "The board is considering whether to appeal. Webb asked if the vote was binding. "
      "Webb asked the clerk to count again.");
  EXPECT_EQ(r.ClaimWith("the audit"), nullptr);
  EXPECT_EQ(r.ClaimWith("whether he will run"), nullptr);
  EXPECT_EQ(r.ClaimWith("whether to appeal"), nullptr);
  EXPECT_EQ(r.ClaimWith("if the vote was binding"), nullptr);
  // A request is a report of what was said.
  EXPECT_EQ(r.ClaimSpeaker("to count again"), "Webb <Webb>");
}

TEST(SpeakerTest, TopicSetByAsForIsWhomThePronounNames) {
  Analyzed r(
      "Gov. Ruth Lane spoke first. Sen. Paul Ross spoke next.\n\n"
      "As for Lane, she said she would wait. " +
      Q("I have the votes,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("I have the votes"), "Ruth Lane <she>");
}

TEST(SpeakerTest, AsideBetweenDashesBeforeTheVerb) {
  Analyzed r(
      "Okafor \xE2\x80\x94 named by two papers as a likely deputy \xE2\x80\x94 told the "
      "radio station that " +
      Q("nothing is decided yet."));
  EXPECT_EQ(r.QuoteSpeaker("nothing is decided yet."), "Okafor <Okafor>");
}

TEST(SpeakerTest, StatementNamedBeforeAColonSpeaksForTheQuoteAfterIt) {
  Analyzed r("Late on Friday, Mayor Ana Ruiz released the following statement:\n\n" +
             Q("Our thoughts are with the families.") + "\n\n" +
             "The council lost support after her remark that " + Q("the budget is not our problem") + ".");
  EXPECT_EQ(r.QuoteSpeaker("Our thoughts are with the families."), "Ana Ruiz <Mayor Ana Ruiz>");
  EXPECT_EQ(r.QuoteSpeaker("the budget is not our problem"), "Ana Ruiz <her>");
  // A noun names the words: no claim is made from it.
  for (const Claim& c : r.a.claims) EXPECT_NE(r.Cue(c.attribution), "statement");
}

TEST(SpeakerTest, TwoNamesSharingASurnameAndAPersonFromAPlace) {
  Analyzed r("The poet's editors, Anne and Hugh Mercer, wrote that " + Q("the drafts were lost in a fire") +
             ". Rep. Maria Lopez of Texas, the panel's "
             "chairwoman, also voiced doubts. " +
             Q("We need the records,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("the drafts were lost in a fire"), "Anne and Hugh Mercer <Anne and Hugh Mercer>");
  EXPECT_EQ(r.QuoteSpeaker("We need the records"), "Maria Lopez <she>");
}

TEST(SpeakerTest, DescriptionNamesOnlySomeoneWhoseTitlesFitIt) {
  Analyzed r("Foreign Secretary Tom Hale met Home Secretary Jim Boyd. " + Q("It went well,") +
             " Mr Hale said. Mr Boyd left early. The foreign secretary said the talks would go on.");
  EXPECT_EQ(r.ClaimSpeaker("the talks would go on"), "Tom Hale <The foreign secretary>");
}

TEST(SpeakerTest, SurnameEndingInIngThenItsVerb) {
  Analyzed r(
      "Manning revealed she had finished the draft. "
      "Addressing claims that the law was unenforceable, the minister said it would work.");
  EXPECT_EQ(r.ClaimSpeaker("she had finished the draft"), "Manning <Manning>");
  // A participle opening the sentence, then a plural noun: no speaker "Addressing".
  for (const Claim& k : r.a.claims) EXPECT_NE(r.Cue(k.attribution), "claims");
}

TEST(SpeakerTest, DocumentSaysWhatItSaysButPartitivesGoOnToTheirHead) {
  Analyzed r(
      "The club put out a press release saying the match was fixed. "
      "Half of those surveyed said they would return. "
      "He made several statements affirming the deal.");
  EXPECT_EQ(r.ClaimSpeaker("the match was fixed"), "a press release <a press release>");
  EXPECT_EQ(r.ClaimSpeaker("they would return"), "Half of those surveyed <Half of those surveyed>");
  // Several statements are someone's: they speak for no one by themselves.
  EXPECT_EQ(r.ClaimWith("the deal"), nullptr);
}

TEST(SpeakerTest, AsideNamingTheGroupBelongsToTheSpeaker) {
  Analyzed r(
      "Health officials \xE2\x80\x94 including Chief Medical Officer Ann Cole \xE2\x80\x94 "
      "say the outbreak is contained.");
  const Claim* c = r.ClaimWith("the outbreak is contained");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->attribution.speaker_named);
}

TEST(SpeakerTest, OutletReportsSomeoneAsSayingAndVerbBeforeAColon) {
  Analyzed r(Q("The staff are worried,") +
             " the agency reports a union official as saying. "
             "Observes Ms Diaz: " +
             Q("The rich get richer."));
  const Quote* q = r.QuoteWith("The staff are worried");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "a union official <a union official>");
  q = r.QuoteWith("The rich get richer.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Diaz <Ms Diaz>");
  EXPECT_EQ(r.Cue(q->attribution), "Observes");
  // The name before the colon is no claim of its own.
  EXPECT_EQ(r.ClaimWith("Ms Diaz"), nullptr);
}

TEST(QuoteTest, TitlesAfterTheirNounAndSoCalledAreNames) {
  Analyzed r("She wrote a memoir, " + Q("Without Fear") +
             ", last year. The paper ran it under the "
             "headline: " +
             Q("Chaos at the Depot.") + " Officials blamed the so-called " + Q("ghost shifts") + ".");
  for (const char* name : {"Without Fear", "Chaos at the Depot.", "ghost shifts"}) {
    const Quote* q = r.QuoteWith(name);
    ASSERT_NE(q, nullptr) << name;
    EXPECT_EQ(q->kind, QuoteKind::kName) << name;
  }
}

TEST(SpeakerTest, RolesWithPrefixesAsidesWithHyphensAndAcronyms) {
  Analyzed r(Q("We must cut costs,") +
             " said vice-chairman Raj Patel. "
             "Judge Omar Reyes - the court's senior judge - said the rule was " +
             Q("plainly unfair") + ". Lena Hart e-mailed TBWA. In it, she said: " + Q("Call me back."));
  EXPECT_EQ(r.QuoteSpeaker("We must cut costs"), "Raj Patel <vice-chairman Raj Patel>");
  EXPECT_EQ(r.QuoteSpeaker("plainly unfair"), "Omar Reyes <Judge Omar Reyes>");
  EXPECT_EQ(r.QuoteSpeaker("Call me back."), "Lena Hart <she>");
}

TEST(SpeakerTest, IdiomsAndSpeechThatGoesOn) {
  Analyzed r("As they say in the trade, " + Q("cash is king.") +
             " Labour leader Ann Moss spoke "
             "next. The Labour leader went on: " +
             Q("We will not stop there."));
  const Quote* q = r.QuoteWith("cash is king.");
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->attribution.has_speaker);
  EXPECT_EQ(r.QuoteSpeaker("We will not stop there."), "Ann Moss <The Labour leader>");
}

TEST(SpeakerTest, AttributionRightAfterTheQuoteFramesTheSentence) {
  Analyzed r("Surveys suggest that " + Q("most tenants want repairs first") +
             ", Ms Okoro says. "
             "A spokesman for Mr Dale said the minister expected the talks to bring " +
             Q("a practical plan for both sides") + ".");
  EXPECT_EQ(r.QuoteSpeaker("most tenants want repairs first"), "Okoro <Ms Okoro>");
  // What the surveys suggest is still reported, with its own source.
  bool surveys = false;
  for (const Claim& c : r.a.claims) surveys |= r.Cue(c.attribution) == "suggest";
  EXPECT_TRUE(surveys);
  // The words are the spokesman's, not a belief he reports, and a
  // spokesman for Mr Dale is not Mr Dale.
  EXPECT_EQ(r.QuoteSpeaker("a practical plan for both sides"),
            "A spokesman for Mr Dale <A spokesman for Mr Dale>");
}

TEST(SpeakerTest, IssuedTheFollowingStatementAfterALongOpening) {
  Analyzed r(
      "In response to the loss of homes, Democratic mayoral nominee Ada Ruiz "
      "issued the following statement:\n\n" +
      Q("Our thoughts are with every family affected."));
  EXPECT_EQ(r.QuoteSpeaker("Our thoughts are with every family affected."), "Ada Ruiz <Ada Ruiz>");
}

TEST(SpeakerTest, SameVerbAgainAndDescriptionsNamedAfterSomeoneElse) {
  Analyzed r(
      "Gov. Tom Reed spoke. Bill Marsh spoke next. At the hall, the Reed supporter "
      "retorted: " +
      Q("We were here first.") +
      " Union leader Ann Cole said the plan was "
      "weak and said it should be dropped. A memo from the union obtained by the Post warns "
      "that " +
      Q("members may walk out") + ".");
  const Quote* q = r.QuoteWith("We were here first.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "the Reed supporter <the Reed supporter>");
  EXPECT_EQ(r.ClaimSpeaker("it should be dropped"), "Ann Cole <Union leader Ann Cole>");
  q = r.QuoteWith("members may walk out");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->attribution.speaker, "A memo from the union");
}

TEST(SpeakerTest, ARoleForAPlaceIsAPersonNotThePlace) {
  // "The MP for <seat>", "the senator from <state>": a second reference to the
  // latest subject; "the Governor of <state>": someone given that title.
  Analyzed r("Tory backbencher John Ames called the plan " + Q("a waste") +
             ". The MP for Leeds West claimed the law would breed corruption.");
  EXPECT_EQ(r.ClaimSpeaker("the law would breed corruption"), "John Ames <The MP for Leeds West>");
  Analyzed gov(
      "Ohio Governor Ann Reyes spoke first. Mayor Tom Bell said he agreed. "
      "The Governor of Ohio said the budget was balanced.");
  EXPECT_EQ(gov.ClaimSpeaker("the budget was balanced"), "Ann Reyes <The Governor of Ohio>");
  // No one given the role and no subject before it: the description stays.
  Analyzed none("The Governor of Ohio said the budget was balanced.");
  EXPECT_EQ(none.ClaimSpeaker("the budget was balanced"), "The Governor of Ohio <The Governor of Ohio>");
}

TEST(SpeakerTest, APronounDoesNotStandForANameLaterInItsSentence) {
  Analyzed r("Critics have attacked the bill. She told the paper there would be no " + Q("Lake Tahoe-style") +
             " casinos. Mary Holt said the bill was sound.");
  EXPECT_EQ(r.ClaimSpeaker("the bill was sound"), "Mary Holt <Mary Holt>");
  // The quote inside the report is no part of the addressee.
  EXPECT_EQ(r.ClaimSpeaker("there would be no " + Q("Lake Tahoe-style") + " casinos"), "She <She>");
  // A compound modifier ("Tahoe-style") is no name for a later "she".
  Analyzed next("A " + Q("Tahoe-style") + " show opened. She said it was fun.");
  EXPECT_EQ(next.ClaimSpeaker("it was fun"), "She <She>");
  Analyzed from("Senator Tom Vance of Ohio, who said the count was flawed, spoke first.");
  EXPECT_EQ(from.ClaimSpeaker("the count was flawed"), "Tom Vance <who>");
}

TEST(SpeakerTest, PeopleFromFirmsInitialsAdjectivesThatTakeToAndDays) {
  Analyzed r(
      "Dana Hirsch spoke first. But Ms Hirsch from Acme Research said the risk was low. "
      "When the bank's director, Paul R. Stone, said on Tuesday that rates would rise, "
      "markets fell. The players involved are all keen to point out that the sketch is a joke. "
      "Two Senate committees on Monday asked the bureau to investigate whether he cheated.");
  EXPECT_EQ(r.ClaimSpeaker("the risk was low"), "Dana Hirsch <Ms Hirsch from Acme Research>");
  EXPECT_EQ(r.ClaimSpeaker("rates would rise, markets fell"), "Paul R. Stone <Paul R. Stone>");
  EXPECT_EQ(r.ClaimSpeaker("the sketch is a joke"), "The players involved <The players involved>");
  EXPECT_EQ(r.ClaimSpeaker("to investigate whether he cheated"),
            "Two Senate committees <Two Senate committees>");
}

TEST(SpeakerTest, TwoNamesJoinedAsTheSubjectBothSpeak) {
  Analyzed r(
      "Nikos Varos and Eleni Marka claimed they had missed the flight. "
      "Smith and Jones said the talks had failed. "
      "Democrats and Republicans said the bill was fair.");
  EXPECT_EQ(r.ClaimSpeaker("they had missed the flight"),
            "Nikos Varos and Eleni Marka <Nikos Varos and Eleni Marka>");
  EXPECT_EQ(r.ClaimSpeaker("the talks had failed"), "Smith and Jones <Smith and Jones>");
  // Kinds of people are no names: the nearer group speaks, as before.
  EXPECT_EQ(r.ClaimSpeaker("the bill was fair"), "Republicans <Republicans>");
}

TEST(SpeakerTest, AParticipleAfterTheMainClauseIsItsSubjectsAndSharesAreCounted) {
  Analyzed r(
      "In an October debate, while most of her rivals called for a larger force, Ann Lee "
      "kept to the old plan, noting that the two gangs are rivals. "
      "In the poll, 75 percent of Democrats said yes.");
  EXPECT_EQ(r.ClaimSpeaker("the two gangs are rivals"), "Ann Lee <Ann Lee>");
  // The opening clause's stance ends with it: nothing of the main clause is
  // what the rivals called for.
  for (const Claim& c : r.a.claims) {
    EXPECT_EQ(r.At(c.content).find("kept to the old plan"), std::string::npos) << r.At(c.content);
  }
  // A share of a group answering a poll is no vague speaker.
  for (const Claim& c : r.a.claims) EXPECT_NE(c.attribution.speaker, "Democrats");
}

TEST(SpeakerTest, OneNameSetOffAfterANounForAPersonIsThatPerson) {
  Analyzed r(
      "Former Gov. Ruth Dane said the party was united. On the opening night, the "
      "candidate's wife, Elena, is to speak. At a rally, she said her husband was " +
      Q("kind.") + " In the poll, 75 percent of Democrats said yes.");
  EXPECT_EQ(r.QuoteSpeaker("kind."), "Elena <she>");
}

TEST(SpeakerTest, ADatelineIsNoPartOfTheSentence) {
  Analyzed r("SALEM, Ore. \u2014 Sen. Ann Pryce weighed in on the charges, calling the leak a " +
             Q("sackable offense.") + " WASHINGTON \u2014 Officials said the talks had failed.");
  EXPECT_EQ(r.QuoteSpeaker("sackable offense."), "Ann Pryce <Sen. Ann Pryce>");
  EXPECT_EQ(r.ClaimSpeaker("the talks had failed"), "Officials <Officials>");
}

TEST(SpeakerTest, AHeadlineLabelBeforeAColonIsNoSpeaker) {
  Analyzed r(
      "BOOM: Vance just threw the first punch.\n\nRevealed: the list of donors.\n\n"
      "Ann Lee: the plan is dead.");
  for (const Claim& c : r.a.claims) {
    EXPECT_NE(c.attribution.speaker, "BOOM");
    EXPECT_NE(c.attribution.speaker, "Revealed");
  }
  EXPECT_EQ(r.ClaimSpeaker("the plan is dead"), "Ann Lee <Ann Lee>");
}

TEST(SpeakerTest, ASpeakerWithAnAsideAfterTheQuoteAndAVerbWithAPhrase) {
  Analyzed r(Q("This is a strong report,") +
             " the economist Lara Stein, a former adviser to "
             "the treasury secretary, wrote on her blog.");
  EXPECT_EQ(r.QuoteSpeaker("This is a strong report"), "Lara Stein <Lara Stein>");
}

TEST(SpeakerTest, ASubjectAfterAnOpeningConjunctionIsTheLatestSubject) {
  Analyzed r("Mayor Vance said the dam was safe. But Mr. Pryce painted a different picture. " +
             Q("It was not secure,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("It was not secure"), "Pryce <he>");
}

TEST(SpeakerTest, AReportingVerbJoinedToAnEarlierOneIsItsSubjects) {
  Analyzed r("Dan Pike says the league should be more open - but insists that referees are fair.");
  EXPECT_EQ(r.ClaimSpeaker("referees are fair"), "Dan Pike <Dan Pike>");
}

TEST(SpeakerTest, ANameInAnOpeningParticiplePhraseIsNotTheSubject) {
  Analyzed r(
      "Mr Quayle spoke. Responding to criticism from pundit Lee Marr, he insisted talks on "
      "a new stadium are ongoing.");
  EXPECT_EQ(r.ClaimSpeaker("talks on a new stadium are ongoing"), "Quayle <he>");
}

TEST(SpeakerTest, ABareDescriptionBeforeANameAfterTheVerb) {
  Analyzed r(
      "Fuel costs could squeeze carriers, warns aviation consultancy Skyline Partners. "
      "Fares may rise again, said an industry group based in Oslo. "
      "Demand will recover, said the chairman.");
  EXPECT_EQ(r.ClaimSpeaker("Fuel costs could squeeze carriers"),
            "Skyline Partners <aviation consultancy Skyline Partners>");
  EXPECT_EQ(r.ClaimSpeaker("Fares may rise again"),
            "an industry group based in Oslo <an industry group based in Oslo>");
  EXPECT_EQ(r.ClaimSpeaker("Demand will recover"), "the chairman <the chairman>");
}

TEST(SpeakerTest, ARelativeClauseReportsForTheNounBeforeIt) {
  Analyzed r(
      "The bill is opposed by shopkeepers that warn it could drive buyers away. "
      "Its backers include farmers who say prices will rise.");
  EXPECT_EQ(r.ClaimSpeaker("it could drive buyers away"), "shopkeepers <shopkeepers that>");
  EXPECT_EQ(r.ClaimSpeaker("prices will rise"), "farmers <farmers who>");
}

TEST(SpeakerTest, ASubjectWithARelativeClauseIsItsHead) {
  Analyzed r(
      "A nurse who has accused the clinic of negligence said she was never paid. "
      "Three other nurses who sued the clinic said they would testify.");
  // The head and the clause that picks it out, never the clause's object.
  EXPECT_EQ(
      r.ClaimSpeaker("she was never paid"),
      "A nurse who has accused the clinic of negligence <A nurse who has accused the clinic of negligence>");
  EXPECT_EQ(r.ClaimSpeaker("they would testify"),
            "Three other nurses who sued the clinic <Three other nurses who sued the clinic>");
  // After "that" or "which" the clause's verb comes first; a name inside the
  // clause is not the speaker, and "of" phrases belong to the head.
  Analyzed s(
      "The firm that owns the paper said it would appeal. Two regulars of the bar that "
      "is Club Nova said the owner had left.");
  EXPECT_EQ(s.ClaimSpeaker("it would appeal"), "The firm that owns the paper <The firm that owns the paper>");
  EXPECT_EQ(s.ClaimSpeaker("the owner had left"),
            "Two regulars of the bar that is Club Nova <Two regulars of the bar that is Club Nova>");
  Analyzed t("Officials said that the plan was dead.");
  EXPECT_EQ(t.ClaimSpeaker("the plan was dead"), "Officials <Officials>");
}

TEST(SpeakerTest, AnOpeningConjunctionOrSpanOfTimeIsNoPartOfTheSubject) {
  Analyzed r(
      "But a few days later, Ms Varga changed course, telling reporters that the tax "
      "would stay. Weeks later, Ms Varga reversed herself again, telling the paper that "
      "it would go.");
  EXPECT_EQ(r.ClaimSpeaker("the tax would stay"), "Varga <Ms Varga>");
  EXPECT_EQ(r.ClaimSpeaker("it would go"), "Varga <Ms Varga>");
  // A word before a subordinator opens the clause with it.
  Analyzed s("Even as the count went on, Ms Varga spoke for an hour, insisting that she had won.");
  EXPECT_EQ(s.ClaimSpeaker("she had won"), "Varga <Ms Varga>");
}

TEST(SpeakerTest, AVerbJoinedToOneInARelativeClauseSharesItsSubject) {
  Analyzed r(
      "Ms Lind, who backed Mr Osei in March and said she would campaign for him, "
      "stayed away. But others say the race is close.");
  EXPECT_EQ(r.ClaimSpeaker("she would campaign for him"), "Lind <who>");
  EXPECT_EQ(r.ClaimSpeaker("the race is close"), "others <others>");
}

TEST(SpeakerTest, AWayOfPuttingItAndAPaperThatReportsTheExchange) {
  Analyzed r("As the auditor Ines Moor put it, " + Q("the books were a mess.") +
             " She put it this way: " + Q("We lost.") + " Asked about the vote, Mr Ruiz said, " +
             Q("No comment,") + " the Courier reported.");
  EXPECT_EQ(r.QuoteSpeaker("the books were a mess."), "Ines Moor <Ines Moor>");
  EXPECT_EQ(r.QuoteSpeaker("We lost."), "Ines Moor <She>");
  // The paper relays the words; they are the speaker's whose verb comes first.
  EXPECT_EQ(r.QuoteSpeaker("No comment"), "Ruiz <Mr Ruiz>");
  for (const Claim& c : r.a.claims) EXPECT_NE(r.Cue(c.attribution), "reported") << r.At(c.content);
}

TEST(SpeakerTest, AWayOfPuttingItAfterAnAppositive) {
  Analyzed r("As Lena Brandt, a historian at Uppsala and author of " + Q("The Long Winter,") + " put it, " +
             Q("Nobody planned the crisis.") +
             " As Tomas Berg, the party's whip, put it: " + Q("We will not move."));
  // The appositive, even with a title in quotes inside it, is the speaker's.
  EXPECT_EQ(r.QuoteSpeaker("Nobody planned the crisis."), "Lena Brandt <Lena Brandt>");
  EXPECT_EQ(r.QuoteSpeaker("We will not move."), "Tomas Berg <Tomas Berg>");
}

TEST(SpeakerTest, APartyTagInBracketsIsNoPartOfTheName) {
  Analyzed r("Gov. Dana Whitfield (R), a close ally of the mayor, conceded some errors, saying, " +
             Q("Most of the plan still stands.") + " " + Q("We will fix it,") +
             " Sen. Omar Delgado (D-N.M.) said.");
  // The appositive after the tag is skipped to the name; the tag is dropped.
  EXPECT_EQ(r.QuoteSpeaker("Most of the plan still stands."), "Dana Whitfield <Gov. Dana Whitfield>");
  EXPECT_EQ(r.QuoteSpeaker("We will fix it"), "Omar Delgado <Sen. Omar Delgado (D-N.M.)>");
  // A long aside in brackets before the verb is skipped too.
  Analyzed aside(
      "But Sen. Lia Moss (a Vermont Democrat so young she has been mistaken for an intern "
      "more than once) says she was adrift after her election.");
  EXPECT_EQ(aside.ClaimSpeaker("she was adrift after her election"),
            "Lia Moss <Sen. Lia Moss (a Vermont Democrat so young she has been mistaken for an intern more "
            "than once)>");
}

TEST(SpeakerTest, TheOneShownOrHeardSpeaksAndADayIsNoSubject) {
  Analyzed r(
      "Monday at the county fair, Governor Ana Ruiz gave a speech that included Ruiz vowing "
      "to cut taxes. Tuesday at the depot, the mayor rallied supporters, saying the line "
      "would reopen.");
  // After a verb of showing, the one shown speaks; "Tuesday" opening the
  // sentence is when, not who.
  EXPECT_EQ(r.ClaimSpeaker("to cut taxes"), "Ana Ruiz <Ruiz>");
  EXPECT_NE(r.ClaimSpeaker("the line would reopen"), "Tuesday <Tuesday>");
}

TEST(SpeakerTest, AnOpeningAdverbIsNoSubjectBeforeAnAppositive) {
  Analyzed r(
      "Also, Norcom, while trading as Telnet, collapsed after admitting that it had hidden "
      "its debts.");
  EXPECT_EQ(r.ClaimSpeaker("it had hidden its debts"), "Norcom <Norcom>");
}

TEST(SpeakerTest, HeAfterTheSentencesOwnSubjectIsThatSubject) {
  Analyzed r(
      "Paul Dunn, a pollster, said the race was over. After the count was in, the party's "
      "campaign manager, Owen Castle, went on radio and outlined how he believes the deficit could "
      "narrow. New rules would apply, she said.");
  // The role and its name set off by commas are the subject; "he" after it
  // is him, not the pollster who spoke before.
  EXPECT_EQ(r.ClaimSpeaker("the deficit could narrow"), "Owen Castle <he>");
}

TEST(SpeakerTest, ASpeakerInsideAnotherReportDoesNotTakeTheNextHe) {
  Analyzed r(
      "Ben Okafor turned the tables on the Gazette, pointing out that the paper's Tom Reyes "
      "had reported in May that his bid was doomed. He hoped, he said, that this time the Gazette "
      "would be kinder.");
  EXPECT_EQ(r.ClaimSpeaker("he said, that this time the Gazette would be kinder"), "Ben Okafor <He>");
}

TEST(ClaimTest, WhatAThoughtIsAboutAndBehaviourAreNoClaims) {
  Analyzed r(
      "Ms Vega thinks often about the flood. The union showed no signs of relenting. "
      "Mr Oduya answered the question three times. Investors worry about the deficit.");
  EXPECT_EQ(r.ClaimSpeaker("about the flood"), "(no claim \u201cabout the flood\u201d)");
  EXPECT_EQ(r.ClaimSpeaker("no signs of relenting"), "(no claim \u201cno signs of relenting\u201d)");
  EXPECT_EQ(r.ClaimSpeaker("the question three times"), "(no claim \u201cthe question three times\u201d)");
  // A concern a group holds is still theirs.
  EXPECT_EQ(r.ClaimSpeaker("about the deficit"), "Investors <Investors>");
}

TEST(SpeakerTest, TheCompanyIsTheFirmNamedJustBefore) {
  Analyzed r(
      "The index was dragged down by a fall in the mining giant Norvex Metals. The company "
      "reported its smallest profit in a decade.");
  EXPECT_EQ(r.ClaimSpeaker("its smallest profit in a decade"), "Norvex Metals <The company>");
}

TEST(SpeakerTest, AnOpeningAdverbInLyIsNoName) {
  Analyzed r(
      "Nick Dorn spoke first. Ultimately, there is, says Mr Dorn, no sense in being timid. "
      "Kelly, 45, said the plan was fair.");
  // (The clause goes on after the cue: all of it is his.)
  EXPECT_EQ(r.ClaimSpeaker("Ultimately, there is, says Mr Dorn, no sense in being timid"),
            "Nick Dorn <Mr Dorn>");
  // A name in -ly is still a name.
  EXPECT_EQ(r.ClaimSpeaker("the plan was fair"), "Kelly <Kelly>");
  // Nor is an indefinite pronoun a name for a later "he".
  Analyzed nobody("Ben Cole spoke for the minister. Nobody should doubt that the threat is real, he argued.");
  EXPECT_EQ(nobody.ClaimSpeaker("Nobody should doubt that the threat is real"), "Ben Cole <he>");
}

TEST(ClaimTest, AStoryToldARefusalAndASilenceAreNoReports) {
  Analyzed r(
      "The bishop told the Biblical story of Nineveh. Ms Lund said no to the merger. "
      "The governor said almost nothing about rates until October. Mr Ek said nothing could "
      "be done.");
  EXPECT_EQ(r.ClaimSpeaker("story of Nineveh"), "(no claim \u201cstory of Nineveh\u201d)");
  EXPECT_EQ(r.ClaimSpeaker("no to the merger"), "(no claim \u201cno to the merger\u201d)");
  EXPECT_EQ(r.ClaimSpeaker("almost nothing about rates until October"),
            "(no claim \u201calmost nothing about rates until October\u201d)");
  // "nothing" opening the report is a report.
  EXPECT_EQ(r.ClaimSpeaker("nothing could be done"), "Ek <Mr Ek>");
  // A person as the object is no proposition.
  Analyzed sent("Rovers were angry with the referee Lars Holm, who dismissed Marco Pinto.");
  EXPECT_EQ(sent.ClaimSpeaker("Marco Pinto"), "(no claim \u201cMarco Pinto\u201d)");
}

TEST(SpeakerTest, AQuoteSentenceAfterOneAboutAPersonIsTheirs) {
  Analyzed r("Ms Varga is unrepentant about the vote. " + Q("I would do it again.") +
             "\n\nThe storm hit the coast at dawn. " + Q("It was terrifying.") +
             "\n\nMr Osei said the deal was fair. " + Q("We gave up nothing."));
  // The person the sentence before is about; no verb reports the quote.
  EXPECT_EQ(r.QuoteSpeaker("I would do it again."), "Varga <Ms Varga>");
  const Quote* q = nullptr;
  for (const Quote& x : r.a.quotes) {
    if (r.At(x.content) == "I would do it again.") q = &x;
  }
  ASSERT_NE(q, nullptr);
  EXPECT_FALSE(q->attribution.has_cue);
  // A storm says nothing; a reported speaker's quote follows as before.
  EXPECT_EQ(r.QuoteSpeaker("It was terrifying."), "(none)");
  EXPECT_EQ(r.QuoteSpeaker("We gave up nothing."), "Osei <Mr Osei>");
  // A noun after "was", and a passive that takes "to".
  Analyzed t("Ms Varga's response was: " + Q("Ask the auditors.") + " Mr Osei was prompted to say, " +
             Q("Nobody told me."));
  EXPECT_EQ(t.QuoteSpeaker("Ask the auditors."), "Varga <Ms Varga's>");
  EXPECT_EQ(t.QuoteSpeaker("Nobody told me."), "Osei <Mr Osei>");
  // The carrying sentence reports no claim of its own.
  for (const Claim& c : r.a.claims) EXPECT_EQ(r.At(c.content).find("unrepentant"), std::string::npos);
}

TEST(ClaimTest, APassiveOfDescribingFindsItsAgentPastAQuote) {
  Analyzed r("The coach was described as a " + Q("born leader") + " by her captain, Mia Holt.");
  const Claim* c =
      r.ClaimWith("The coach was described as a " + Q("born leader") + " by her captain, Mia Holt");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->agentless);
  EXPECT_EQ(r.Speaker(c->attribution), "her captain <her captain>");
}

TEST(ClaimTest, ABeliefVerbBeforeAClauseOpeningWithAnIngForm) {
  Analyzed r(
      "Officials believed closing the border might slow the outbreak. "
      "Others consider moving abroad.");
  EXPECT_EQ(r.ClaimSpeaker("closing the border might slow the outbreak"), "Officials <Officials>");
  // An -ing form with no verb after it names an act weighed, not a claim.
  for (const Claim& c : r.a.claims) EXPECT_NE(r.Cue(c.attribution), "consider");
}

TEST(ClaimTest, VerbsThatTakeToAndReportsThatOpenAReport) {
  Analyzed r(
      "The manager went on to claim that the linesman was biased. "
      "Lena Ortiz also claimed that she asked for a retest. "
      "The club refused to deny reports that the coach had quit. "
      "She was never going to reveal how much she earned. "
      "Surveys of card use in Norway seemed to imply that the scheme would fail.");
  const Claim* c = r.ClaimWith("the linesman was biased");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "The manager <The manager>");
  EXPECT_EQ(r.Cue(c->attribution), "claim");
  // A report that opens the content is what is claimed.
  EXPECT_EQ(r.ClaimSpeaker("she asked for a retest"), "Lena Ortiz <Lena Ortiz>");
  // A refusal to deny is no denial; a report not to be made is none.
  for (const Claim& k : r.a.claims) {
    EXPECT_NE(r.Cue(k.attribution), "deny");
    EXPECT_NE(r.Cue(k.attribution), "reveal");
  }
  // The subject of "seemed" is the surveys, not Norway.
  EXPECT_EQ(r.ClaimSpeaker("the scheme would fail"),
            "Surveys of card use in Norway <Surveys of card use in Norway>");
}

TEST(EvidenceTest, SupportForWhatAClaimCallsAHoaxContradictsIt) {
  Analyzed r("The mayor repeated her claim of a " + Q("hoax") +
             " regarding the missing funds, a finding supported by state auditors.");
  ASSERT_EQ(r.a.evidence.size(), 1u);
  const Evidence& e = r.a.evidence[0];
  EXPECT_EQ(r.At(e.span), "a finding supported by state auditors");
  EXPECT_EQ(r.At(e.source_span), "state auditors");
  EXPECT_EQ(e.polarity, Polarity::kContradicts);
  ASSERT_GE(e.quote, 0);
  EXPECT_EQ(r.At(r.a.quotes[e.quote].content), "hoax");
}

TEST(EvidenceTest, NegatedSupportIsNoEvidence) {
  // evidence.tsv: a "supports" phrase after a negation supports nothing, so it
  // cannot contradict a claim calling something false either.
  Analyzed r(
      "The union said the audit was a hoax. The audit could not be verified by independent inspectors.");
  EXPECT_TRUE(r.a.evidence.empty());
  Analyzed plain("The union said the audit was a hoax. The audit was verified by independent inspectors.");
  ASSERT_EQ(plain.a.evidence.size(), 1u);
  EXPECT_EQ(plain.a.evidence[0].polarity, Polarity::kContradicts);
}

TEST(EvidenceTest, AFindingWithAClauseOfItsOwnIsAboutAClaimItSharesAWordWith) {
  // "Studies have shown that …" states its own finding: it is no evidence
  // about the quote before it unless the two share a word.
  Analyzed r(Q("The review system looks weak because it is simple to post fake ratings,") +
             " she said. Studies have shown that sellers undermined rival shops by planting decoys.");
  ASSERT_EQ(r.a.evidence.size(), 1u);
  EXPECT_EQ(r.a.evidence[0].quote, -1);
  EXPECT_EQ(r.a.evidence[0].claim, -1);
  Analyzed shared(Q("The review system is weak,") +
                  " she said. Studies have shown that the review system was rarely abused.");
  ASSERT_EQ(shared.a.evidence.size(), 1u);
  ASSERT_GE(shared.a.evidence[0].quote, 0);
  EXPECT_EQ(shared.At(shared.a.quotes[shared.a.evidence[0].quote].content), "The review system is weak");
}

TEST(ClaimTest, WhatPeopleHaveShownIsWhatTheyDid) {
  // A perfect of showing reports for data and studies, not for people.
  Analyzed r(
      "Studies have shown that patients recover faster at home. "
      "Both captains have shown they are ready to compromise.");
  EXPECT_EQ(r.ClaimSpeaker("patients recover faster at home"), "Studies <Studies>");
  EXPECT_EQ(r.ClaimWith("they are ready to compromise"), nullptr);
}

TEST(ClaimTest, AThingShownIsNoProposition) {
  // A film, a video or a person shows a thing; a clause shown, or a poll's
  // result, is what is reported.
  Analyzed r(
      "The film showed some of the rivalry between the two sisters. "
      "He showed a video of the rally. "
      "A poll showed a narrower lead for the governor. "
      "The figures show mining output drove the increase. "
      "The footage showed the minister leaving the building.");
  EXPECT_EQ(r.ClaimWith("some of the rivalry between the two sisters"), nullptr);
  EXPECT_EQ(r.ClaimWith("a video of the rally"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("a narrower lead for the governor"), "A poll <A poll>");
  EXPECT_EQ(r.ClaimSpeaker("mining output drove the increase"), "The figures <The figures>");
  EXPECT_EQ(r.ClaimSpeaker("the minister leaving the building"), "The footage <The footage>");
}

TEST(QuoteTest, ATermTheSentenceTalksAboutIsNoOnesWords) {
  // "the term", "the word", "terms like", "so-called", "known as", "what
  // some call": the quote mentions words; a judgement quoted in a report
  // stays the speaker's.
  Analyzed r("Unions prefer the term " + Q("guest worker") + " to describe them. " +
             "She called for closing what some call the " + Q("back door,") +
             " which lets firms skip checks. " + "Buyers know terms like " + Q("cloud") + " and " +
             Q("streaming") + " now, said Mr Hale. " + "The senator said the vote was a " + Q("disgrace") +
             " to the state.");
  for (const char* term : {"guest worker", "back door", "cloud", "streaming"}) {
    const Quote* q = r.QuoteWith(term);
    ASSERT_NE(q, nullptr) << term;
    EXPECT_EQ(q->kind, QuoteKind::kScare) << term;
    EXPECT_FALSE(q->attribution.has_speaker) << term;
  }
  const Quote* judgement = r.QuoteWith("disgrace");
  ASSERT_NE(judgement, nullptr);
  EXPECT_EQ(judgement->kind, QuoteKind::kPartial);
  EXPECT_EQ(r.QuoteSpeaker("disgrace"), "The senator <The senator>");
}

TEST(QuoteTest, ATermBeforeItsNounIsAScareQuote) {
  // A term in quotation marks before the noun it modifies names a kind of
  // thing; a word of judgement there is still the speaker's.
  Analyzed r("Concerns have been raised by " + Q("pro-life") + " groups, Lord Hatton said. " +
             "Mr Dunmore warned of a " + Q("bruising") + " battle ahead.");
  const Quote* term = r.QuoteWith("pro-life");
  ASSERT_NE(term, nullptr);
  EXPECT_EQ(term->kind, QuoteKind::kScare);
  EXPECT_FALSE(term->attribution.has_speaker);
  const Quote* word = r.QuoteWith("bruising");
  ASSERT_NE(word, nullptr);
  EXPECT_EQ(word->kind, QuoteKind::kPartial);
  EXPECT_EQ(r.Speaker(word->attribution), "Dunmore <Mr Dunmore>");
}

TEST(ClaimTest, AContestConcededIsNoProposition) {
  // "conceding a goal", "conceded the race": a contest given up; a point
  // conceded is a report.
  Analyzed r(
      "The hosts won despite conceding a goal in stoppage time. "
      "Ms Ruiz conceded that the rollout had been slow.");
  EXPECT_EQ(r.ClaimWith("a goal in stoppage time"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("the rollout had been slow"), "Ruiz <Ms Ruiz>");
}

TEST(SpeakerTest, ADescriptionWithoutItsClosingCommaStillDescribesTheName) {
  // "“…,” Eva Lind, a Green member of the Nordic Council said": the
  // name speaks, not the council; a name opening the sentence is what
  // the aide's words are about.
  Analyzed r(Q("Small firms cannot afford it,") +
             " Eva Lind, a Danish Green member of the Nordic Council said. " + "Ruiz, a senior aide said, " +
             Q("is quite calm."));
  EXPECT_EQ(r.QuoteSpeaker("Small firms cannot afford it"), "Eva Lind <Eva Lind>");
  EXPECT_EQ(r.QuoteSpeaker("is quite calm."), "a senior aide <a senior aide>");
}

TEST(SpeakerTest, APersonsCircleSpeaksUnnamed) {
  // "Friends of Ms. Ruiz": the circle, then whose it is; not Ms. Ruiz.
  Analyzed r(
      "Dana Ruiz spoke in Toledo on Monday. Friends of Ms. Ruiz say that her energy has faded. "
      "Friends of the Earth said the runway would double emissions.");
  const Claim* c = r.ClaimWith("her energy has faded");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "Friends of Ms. Ruiz <Friends of Ms. Ruiz>");
  EXPECT_FALSE(c->attribution.speaker_named);
  const Claim* body = r.ClaimWith("the runway would double emissions");
  ASSERT_NE(body, nullptr);
  EXPECT_TRUE(body->attribution.speaker_named);
}

TEST(FigureTest, AnAgeIsNoFigure) {
  // An age set off after a name or after "aged" is a figure of record; a
  // count after a place in a list is still a figure.
  Analyzed r(
      "Sgt. Omar Reyes, 27, was killed when the truck overturned, and 14 others were hurt. A man aged 64 "
      "also died.\n\nArrests by city: London, 45; Paris, 30.");
  ASSERT_EQ(r.a.figures.size(), 3u);
  EXPECT_EQ(r.At(r.a.figures[0].span), "14");
  EXPECT_EQ(r.At(r.a.figures[1].span), "45");
  EXPECT_EQ(r.At(r.a.figures[2].span), "30");
}

TEST(FigureTest, FindsFiguresAndTheirSources) {
  Analyzed r(
      "The fighting has displaced tens of thousands of people. Prices rose 38% to $9.1 billion, "
      "according to the ministry. The vote was held on May 3, 2016.");
  ASSERT_EQ(r.a.figures.size(), 3u);
  EXPECT_EQ(r.At(r.a.figures[0].span), "tens of thousands");
  EXPECT_FALSE(r.a.figures[0].attributed);
  EXPECT_EQ(r.At(r.a.figures[1].span), "38%");
  EXPECT_TRUE(r.a.figures[1].attributed);
  EXPECT_EQ(r.At(r.a.figures[2].span), "$9.1 billion");
}

TEST(ClaimTest, AnIngCueAfterAPrepositionIsTheMainSubjects) {
  // The noun before "by"/"after" is the main verb's object, not who speaks.
  Analyzed r(
      "The mayor won over sceptics by promising that the budget would be balanced. "
      "The minister silenced opponents after insisting that the plan was fully costed.");
  EXPECT_EQ(r.ClaimSpeaker("the budget would be balanced"), "The mayor <The mayor>");
  EXPECT_EQ(r.Cue(r.ClaimWith("the budget would be balanced")->attribution), "promising");
  EXPECT_EQ(r.ClaimSpeaker("the plan was fully costed"), "The minister <The minister>");
}

TEST(ClaimTest, ANumberInsideTheAddresseesNameIsPartOfIt) {
  // "told BBC Radio 5 Live's Breakfast programme she believed …": the
  // addressee runs on past the number; no claim is cut from its name.
  Analyzed r("Ms Patel told BBC Radio 5 Live's Breakfast programme she believed the deal would hold.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_EQ(r.At(r.a.claims[0].content), "the deal would hold");
  EXPECT_EQ(r.ClaimSpeaker("the deal would hold"), "Patel <she>");
}

TEST(ClaimTest, ToBeforeANounPhraseOpensNoReport) {
  // "agreed to the changes", "referring to Mrs Quill's account": an
  // object, not a proposition; "agreed to pay" is a commitment it reports.
  Analyzed r(
      "The union agreed to the changes after a long meeting. "
      "He was referring to Mrs Quill's account of the trip. "
      "The firm agreed to pay compensation to the families.");
  EXPECT_EQ(r.ClaimWith("to the changes after a long meeting"), nullptr);
  EXPECT_EQ(r.ClaimWith("to Mrs Quill's account of the trip"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("to pay compensation to the families"), "The firm <The firm>");
}

TEST(AnalyzerTest, ABudgetThatRunsOutStopsTheAnalysis) {
  Document doc;
  doc.text = "Officials may delay the vote, critics say. \xE2\x80\x9CIt could fail,\xE2\x80\x9D Lee said.";
  Analyzer analyzer(BuiltinLexicons());
  Analysis a;
  Pass stopped = Pass::kCount;
  EXPECT_FALSE(analyzer.AnalyzeWithin(doc, 1e-9, &a, &stopped));
  EXPECT_EQ(stopped, Pass::kSegment);
  EXPECT_TRUE(a.quotes.empty());
  // Enough time (or none set): the whole analysis, as Analyze gives it.
  for (double seconds : {0.0, 60.0}) {
    Analysis whole;
    EXPECT_TRUE(analyzer.AnalyzeWithin(doc, seconds, &whole, &stopped));
    EXPECT_EQ(stopped, Pass::kCount);
    ASSERT_EQ(whole.quotes.size(), 1u);
    EXPECT_EQ(whole.quotes[0].attribution.speaker, "Lee");
    EXPECT_EQ(whole.claims.size(), analyzer.Analyze(doc).claims.size());
  }
}

TEST(ClaimTest, ABareTimeBeforeThatIsNoPartOfTheReport) {
  Analyzed r(
      "Mayor Lee said Wednesday that councillors rejected his plan to widen the road. "
      "The minister told MPs last week that the scheme was dead.");
  EXPECT_EQ(r.ClaimSpeaker("councillors rejected his plan to widen the road"), "Lee <Mayor Lee>");
  EXPECT_EQ(r.ClaimSpeaker("the scheme was dead"), "The minister <The minister>");
  // With "on", or a time the other site knew ("last year", "next week"),
  // the same holds: the report is the clause after "that", all of it.
  Analyzed on(
      "The regulator warned on Thursday that the deficit may have to be cut. "
      "The union said last year that the talks would fail.");
  EXPECT_EQ(on.ClaimSpeaker("the deficit may have to be cut"), "The regulator <The regulator>");
  EXPECT_EQ(on.ClaimWith("to be cut"), nullptr);
  EXPECT_EQ(on.ClaimSpeaker("the talks would fail"), "The union <The union>");
}

TEST(ClaimTest, AReportInAClauseOfReasonInsideAnotherIsPartOfIt) {
  Analyzed r("She said she was pleased because, not long ago, many people thought the scheme was a fad.");
  const Claim* outer =
      r.ClaimWith("she was pleased because, not long ago, many people thought the scheme was a fad");
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(r.Cue(outer->attribution), "said");
  // The inner report stays, nested in the outer one.
  EXPECT_EQ(r.ClaimSpeaker("the scheme was a fad"), "many people <many people>");
}

TEST(ClaimTest, AReportWhoseSpeakerIsTheObjectOfAPrepositionIsNestedInTheOuterOne) {
  Analyzed r(
      "The minister said she had argued against working with groups which believed the tax was fair. "
      "The union accepted that lots of drivers now worried about the new routes.");
  EXPECT_EQ(r.ClaimSpeaker("she had argued against working with groups which believed the tax was fair"),
            "The minister <The minister>");
  EXPECT_EQ(r.ClaimWith("she had argued against working with"), nullptr);
  // The inner report stays, inside the outer one.
  EXPECT_EQ(r.Cue(r.ClaimWith("the tax was fair")->attribution), "believed");
  Analyzed when(
      "She acknowledged she had misspoken when she claimed that the director had backed her. "
      "Buyers may want to shop early as experts predict a shortage.");
  EXPECT_EQ(when.ClaimSpeaker("she had misspoken when she claimed that the director had backed her"),
            "She <She>");
  // A clause of reason may be the story's own: its report stands alone.
  EXPECT_EQ(when.ClaimSpeaker("a shortage"), "experts <experts>");
  const Claim* stance = r.ClaimWith("lots of drivers now worried about the new routes");
  ASSERT_NE(stance, nullptr);
  EXPECT_EQ(r.Cue(stance->attribution), "accepted");
}

TEST(ClaimTest, APartOfAGroupAfterAClauseBreakOpensAReportOfItsOwn) {
  Analyzed r(
      "The mayor said the plan was sound, but several of his former aides said it would fail. "
      "The firm reported a loss of $1m, while a group started by an aide has said it will sue.");
  EXPECT_EQ(r.ClaimSpeaker("the plan was sound"), "The mayor <The mayor>");
  EXPECT_EQ(r.ClaimSpeaker("it would fail"), "several of his former aides <several of his former aides>");
  EXPECT_EQ(r.Cue(r.ClaimWith("a loss of $1m")->attribution), "reported");
}

TEST(ClaimTest, ButIsNoPartOfTheSpeakerAfterIt) {
  Analyzed r(
      "The plan will offer a boost but analysts cautioned that it could fail. "
      "The firm says its stores will stay open, but industry analysts expect that some will close.");
  EXPECT_EQ(r.ClaimSpeaker("it could fail"), "analysts <analysts>");
  EXPECT_EQ(r.ClaimSpeaker("its stores will stay open"), "The firm <The firm>");
  EXPECT_EQ(r.ClaimSpeaker("some will close"), "industry analysts <industry analysts>");
}

TEST(ClaimTest, APassiveFindsNoAgentInTheClauseItReports) {
  // "by" after the verb of the reported clause is that clause's.
  Analyzed r(
      "It is expected this would raise the number of visitors by 25,000 a year. "
      "The suspects are expected to be interviewed by police. "
      "The petition, which was first reported last month by the Post, was signed by 60 doctors.");
  const Claim* tourists = r.ClaimWith("this would raise the number of visitors by 25,000 a year");
  ASSERT_NE(tourists, nullptr);
  EXPECT_FALSE(tourists->attribution.has_speaker);
  EXPECT_EQ(r.Cue(tourists->attribution), "It is expected");
  const Claim* men = r.ClaimWith("The suspects are expected to be interviewed by police");
  ASSERT_NE(men, nullptr);
  EXPECT_FALSE(men->attribution.has_speaker);
  // An agent right after the verb and a time is still found.
  int reported = 0;
  for (const Claim& c : r.a.claims) {
    if (r.Cue(c.attribution) == "was first reported") {
      ++reported;
      EXPECT_EQ(r.Speaker(c.attribution), "Post <the Post>");
    }
  }
  EXPECT_EQ(reported, 1);
}

TEST(ClaimTest, AReportAfterAContrastDoesNotSourceAnExpectation) {
  Analyzed r("It is expected the club will sell in January - but the manager claims he will not budge.");
  const Claim* bid = r.ClaimWith("the club will sell in January");
  ASSERT_NE(bid, nullptr);
  EXPECT_FALSE(bid->attribution.has_speaker);
  EXPECT_EQ(r.ClaimSpeaker("he will not budge"), "the manager <the manager>");
}

TEST(ClaimTest, ACueThatEndsTheSentenceAfterASetOffSpeakerReportsTheClauseBefore) {
  Analyzed r(
      "The data showed an increase, Dana Moss-Ellery, an adviser to the party, wrote on Friday. "
      "Lara Quinn is joining the show as a host, KTV announced on Monday. "
      "In a changing economy, young voters believe in hard work.");
  EXPECT_EQ(r.ClaimSpeaker("The data showed an increase"), "Dana Moss-Ellery <Dana Moss-Ellery>");
  EXPECT_EQ(r.ClaimSpeaker("Lara Quinn is joining the show as a host"), "KTV <KTV>");
  // A phrase that opens the sentence is no clause reported.
  EXPECT_EQ(r.ClaimWith("In a changing economy"), nullptr);
}

TEST(QuoteTest, APeriodWhereACommaBelongsStillLeadsToTheSpeakerAfterIt) {
  Analyzed r(Q("I hope you find the missing files.") + " Hale said.\n\n" + "Ms Lee spoke at length. " +
             Q("We will win.") + " She went on to say: " + Q("None of them will back me."));
  EXPECT_EQ(r.QuoteSpeaker("I hope you find the missing files."), "Hale <Hale>");
  // "She went on to say:" introduces the quote after it.
  const Quote* next = r.QuoteWith("None of them will back me.");
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(r.Cue(next->attribution), "say");
  EXPECT_NE(r.Cue(r.QuoteWith("We will win.")->attribution), "say");
}

TEST(QuoteTest, AnObjectPronounBeforeTheQuoteKeepsTheVerbAReport) {
  Analyzed r("The tribute came from the producer Lena Marr, who described him as a " +
             Q("true friend to the end") + ". Mrs Quill accused him of " + Q("stirring up angry crowds") +
             ". Audiences can expect him to play with " + Q("a little more daring") + ".");
  EXPECT_EQ(r.QuoteSpeaker("true friend to the end"), "Lena Marr <who>");
  EXPECT_EQ(r.Cue(r.QuoteWith("stirring up angry crowds")->attribution), "accused");
  // A belief about him is no report of the words quoted.
  EXPECT_NE(r.Cue(r.QuoteWith("a little more daring")->attribution), "expect");
}

TEST(ClaimTest, AnAuxiliaryInIngOpeningTheSentenceIsNoSpeaker) {
  Analyzed r(
      "Having announced that he would rule on Monday, Judge Oduya heard the case. "
      "Having said that, Rovers are yet to lose a match.");
  for (const Claim& c : r.a.claims) EXPECT_NE(r.Speaker(c.attribution).rfind("Having", 0), 0u);
  EXPECT_EQ(r.ClaimWith(", Rovers are yet to lose a match"), nullptr);
}

TEST(ClaimTest, AParticipleAfterANestedReportIsTheOuterSpeakers) {
  Analyzed r("Marlow said that Republicans rejected his amendments, calling them a distraction.");
  EXPECT_EQ(r.ClaimSpeaker("them a distraction"), "Marlow <Marlow>");
}

TEST(ClaimTest, AFrequencyAdverbIsNoPartOfTheSubject) {
  Analyzed r(
      "The governor has always said that the payments were lawful. "
      "Mr Pell always insisted that he knew nothing of the losses.");
  EXPECT_EQ(r.ClaimSpeaker("the payments were lawful"), "The governor <The governor>");
  EXPECT_EQ(r.ClaimSpeaker("he knew nothing of the losses"), "Pell <Mr Pell>");
}

TEST(SpeakerTest, AGroupWhoseMembersFollowByNameIsNamed) {
  Analyzed r(
      "Several opposition leaders, including Anna Berg and Tom Hale, said the deal was rushed. "
      "Several opposition leaders said the vote was rigged.");
  const Claim* named = r.ClaimWith("the deal was rushed");
  const Claim* vague = r.ClaimWith("the vote was rigged");
  ASSERT_NE(named, nullptr);
  ASSERT_NE(vague, nullptr);
  EXPECT_TRUE(named->attribution.speaker_named);
  EXPECT_FALSE(vague->attribution.speaker_named);
}

TEST(ClaimTest, APassiveOfWhatHappensOnAScheduleCreditsNoOne) {
  Analyzed r("The list is announced every six months. It was announced that the plant would close.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_EQ(r.At(r.a.claims[0].content), "the plant would close");
}

TEST(SpeakerTest, ATitleOfAGenderPicksThatPersonAmongNamesakes) {
  // A surname two people share: "Mrs" is the wife the appositive named.
  Analyzed r(
      "Farid Tehrani, a pastor, was released on Saturday. His wife, Shirin Tehrani, had "
      "campaigned for his release. Mrs. Tehrani wrote that she was grateful to the president. "
      "Mr. Tehrani said he would return home soon.");
  EXPECT_EQ(r.ClaimSpeaker("she was grateful to the president"), "Shirin Tehrani <Mrs. Tehrani>");
  EXPECT_EQ(r.ClaimSpeaker("he would return home soon"), "Farid Tehrani <Mr. Tehrani>");
}

TEST(SpeakerTest, APronounTakesItsOwnSentencesSubjectBeforeTheLastSpeaker) {
  Analyzed r(
      "Sen. Tom Vance won in Ohio. "
      "\"He is a viable candidate,\" said Rita Okon, a professor. "
      "Vance, who has represented Ohio for 20 years, rallied young voters against an "
      "economy that he says is run for landlords. "
      "\"Windows machines have been around for years,\" he said.");
  EXPECT_EQ(r.ClaimSpeaker("is run for landlords"), "Tom Vance <he>");
  // A name inside the quote is not the pronoun's subject.
  EXPECT_EQ(r.QuoteSpeaker("Windows machines have been around for years"), "Tom Vance <he>");
}

TEST(SpeakerTest, APlaceAfterAGroupIsWhereTheGroupIsNotWhoSpeaks) {
  Analyzed r("Quill's biggest boosters in New Mexico insisted that she would win.");
  EXPECT_EQ(r.ClaimSpeaker("she would win"),
            "Quill's biggest boosters in New Mexico <Quill's biggest boosters in New Mexico>");
}

TEST(SpeakerTest, TheRecipientsOfAMessageDoNotSayIt) {
  Analyzed r("The campaign sent an email to donors saying that the race was tight.");
  EXPECT_EQ(r.ClaimSpeaker("the race was tight"), "The campaign <The campaign>");
}

TEST(ClaimTest, ARefusalOrAThoughtOfSomethingReportsNothing) {
  Analyzed r(
      "The committee denied the change being sought by the council. "
      "The phone is meant for people thinking of changing networks.");
  EXPECT_TRUE(r.a.claims.empty()) << r.At(r.a.claims[0].content);
}

TEST(SpeakerTest, APersonOfTheBodyTheyWorkForSpeaks) {
  Analyzed r(
      "\"It is a stretch,\" Carl Brandt of the Ridley Center said. "
      "Ann Lee of Stanford University said the data was real.");
  EXPECT_EQ(r.QuoteSpeaker("It is a stretch"), "Carl Brandt <Carl Brandt of the Ridley Center>");
  EXPECT_EQ(r.ClaimSpeaker("the data was real"), "Ann Lee <Ann Lee of Stanford University>");
}

TEST(SpeakerTest, ADayAfterAParticipleIsWhenNotWho) {
  Analyzed r("A news report published Thursday said the merger was off.");
  EXPECT_EQ(r.ClaimSpeaker("the merger was off"), "A news report <A news report published Thursday>");
}

TEST(SpeakerTest, AVerbWithItsOwnAuxiliaryAfterAConjunctionIsTheSubjects) {
  Analyzed r(
      "Arms inspectors have largely rejected the regime's figures, but have suggested that the "
      "reactor could be restarted within a year.");
  EXPECT_EQ(r.ClaimSpeaker("the reactor could be restarted within a year"),
            "Arms inspectors <Arms inspectors>");
  // The nearest clause's subject, not the main one, when a clause of its own
  // comes between: "told reporters the plans had stalled but would insist …".
  Analyzed nested(
      "The mayor told reporters that the works had stalled and would later claim the "
      "budget was sound.");
  EXPECT_NE(nested.ClaimSpeaker("the budget was sound"), "The mayor <The mayor>");
}

TEST(ClaimTest, AReportBeforeItsCueKeepsItsConcessiveClause) {
  Analyzed r(
      "Even so, though the tariff may protect some jobs, the cost to buyers is far higher, "
      "the economist argued.");
  EXPECT_EQ(
      r.ClaimSpeaker("Even so, though the tariff may protect some jobs, the cost to buyers is far higher"),
      "the economist <the economist>");
  // After its cue, the reporter's aside still ends the report.
  Analyzed after("The firm said the tariff would protect jobs, though it gave no figures.");
  EXPECT_NE(after.ClaimWith("the tariff would protect jobs"), nullptr);
}

TEST(ClaimTest, ConfirmingANomineeIsAnActNotAReport) {
  Analyzed r(
      "The Senate confirmed 12 district court nominees last year. "
      "The board confirmed her appointment as chief executive.");
  EXPECT_TRUE(r.a.claims.empty()) << r.At(r.a.claims[0].content);
  Analyzed report("The ministry confirmed that two ships had been seized.");
  EXPECT_EQ(report.ClaimSpeaker("two ships had been seized"), "The ministry <The ministry>");
}

TEST(VoiceTest, AStanceNounsClauseAfterAPassiveAndItsAgentIsReported) {
  Analyzed r("Worries have also been voiced by teachers' unions that the tests might narrow the curriculum.");
  EXPECT_TRUE(Reported(r, "the tests might narrow the curriculum"));
}

TEST(ClaimTest, AReportWhoseSubjectIsTheRelativePronoun) {
  Analyzed r("The levy, which retailers claim will cost jobs, starts in May.");
  const Claim* c = r.ClaimWith("will cost jobs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "retailers <retailers>");
  EXPECT_EQ(r.Cue(c->attribution), "claim");
}

TEST(SpeakerTest, APronounAfterWhoIsNotTheNameWhoStandsFor) {
  Analyzed r(
      "Ms Lane spoke after Mr Okafor. She praised the mayor, Tom Reed, who she noted was "
      "leaving office.");
  EXPECT_EQ(r.ClaimSpeaker("was leaving office"), "Lane <she>");
}

TEST(SpeakerTest, APersonAndAGroupJoinedAreOneNamedSubject) {
  Analyzed r("Mr Reed and other senior councillors said the depot would close.");
  const Claim* c = r.ClaimWith("the depot would close");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.At(c->attribution.speaker_span), "Mr Reed and other senior councillors");
}

TEST(ClaimTest, AnObjectWithoutAClauseIsNoReport) {
  // An apostrophe of a plural possessive is no quote mark ahead; a relative
  // clause on the object is no clause reported; "nothing" reports nothing.
  Analyzed r(
      "Even as he won, the senator seemed to tire voters, revealing a habit of testing "
      "voters' patience. The memo also points out a second bill that gave $9 million to "
      "the port. The inquiry met twice but revealed nothing new about the chief.");
  EXPECT_TRUE(r.a.claims.empty()) << r.At(r.a.claims[0].content);
  // "said none of the plans will succeed": a clause after "none of".
  Analyzed none("Party advisers said none of the plans would succeed.");
  EXPECT_EQ(none.ClaimSpeaker("none of the plans would succeed"), "Party advisers <Party advisers>");
}

TEST(ClaimTest, AVerbRightAfterTheObjectMakesItAClause) {
  Analyzed r("The book claims Ann Cole felt by May that she had lost the cabinet's trust.");
  EXPECT_EQ(r.ClaimSpeaker("Ann Cole felt by May that she had lost the cabinet's trust"),
            "The book <The book>");
  // A noun after a possessive is no verb: "stressed Ms Cole's support for …"
  // names what was stressed, no clause.
  Analyzed noun("The office stressed Ms Cole's support for the minister.");
  EXPECT_EQ(noun.ClaimWith("Ms Cole's support for the minister"), nullptr);
}

TEST(ClaimTest, ANegatedPassiveOfTellingCreditsNothing) {
  Analyzed r("The inquiry turned up little that had not been reported before.");
  for (const Claim& c : r.a.claims) EXPECT_FALSE(c.agentless) << r.At(c.content);
  // An expectation denied is still someone's: "is not expected to".
  Analyzed expected("The plant is not expected to reopen until 2027.");
  ASSERT_EQ(expected.a.claims.size(), 1u);
  EXPECT_TRUE(expected.a.claims[0].agentless);
}

TEST(SpeakerTest, AParticipleAfterALongOpeningClauseIsTheMainSubjects) {
  Analyzed r(
      "At the forum, while most of her rivals called for a far larger force to hold the "
      "border region, Ms Okafor kept to the cabinet's line, noting that the region was calm.");
  EXPECT_EQ(r.ClaimSpeaker("the region was calm"), "Okafor <Ms Okafor>");
}

TEST(ClaimTest, ANestedReportWhoseSpeakerHasAModifierStaysInside) {
  Analyzed r(
      "Dr Osei said that early surveys of bank customers seemed to suggest that the app "
      "would fail.");
  EXPECT_TRUE(Reported(r, "seemed to suggest"));
  // Not past an addressee: "assures his audience he will …" reports what
  // follows the audience, and the nested cue is still the speaker's.
  Analyzed nested("The mayor assured her audience she would tell the board about it.");
  EXPECT_EQ(nested.ClaimWith("her audience she would tell the board about it"), nullptr);
}

TEST(ClaimTest, AStanceVerbWithAClauseIsABelief) {
  Analyzed r(
      "Most analysts agree that the merger will cut costs. "
      "Later studies have found that the drug works.");
  const Claim* c = r.ClaimWith("the merger will cut costs");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->attribution.cue_class, CueClass::kBelief);
  c = r.ClaimWith("the drug works");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->attribution.cue_class, CueClass::kBelief);
  // "that" before a noun that ends the phrase is no clause: "voted that way".
  Analyzed way("Judges who voted that way, like Ms Reyes, kept their seats.");
  for (const Claim& k : way.a.claims)
    EXPECT_NE(k.attribution.cue_class, CueClass::kBelief) << way.At(k.content);
}

TEST(ClaimTest, AWordOfReportBeforeAReportingVerbIsItsSubject) {
  Analyzed r("Press reports suggest the bid will be raised.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_EQ(r.Cue(r.a.claims[0].attribution), "suggest");
}

TEST(SpeakerTest, NoSpeakerAcrossAndFromTheFirstVerbsObject) {
  Analyzed r(
      "Each autumn the chairman meets brokers and shareholders and tells them the "
      "stock is a bargain.");
  EXPECT_NE(r.ClaimSpeaker("the stock is a bargain"), "shareholders <shareholders>");
}

TEST(VoiceTest, AStanceAdjectiveJoinedByAndIsTheMainSubjects) {
  Analyzed r(
      "In rural counties, many farmers want lower fuel duty and are not confident that the "
      "minister could deliver it.");
  EXPECT_TRUE(Reported(r, "the minister could deliver it"));
}

TEST(SpeakerTest, ABareGroupTheStoryJustIntroducedIsThatGroup) {
  Analyzed r(
      "The researchers ran two trials in schools. Researchers found that boys were often "
      "left out.");
  const Claim* c = r.ClaimWith("boys were often left out");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->attribution.speaker_named);
  // Not a part of the group, nor a group named in another way.
  Analyzed part("The researchers ran two trials. Some researchers said that boys were left out.");
  c = part.ClaimWith("boys were left out");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->attribution.speaker_named);
  Analyzed other("The relief groups met in May. Aid groups say that roads were cut.");
  c = other.ClaimWith("roads were cut");
  ASSERT_NE(c, nullptr);
  EXPECT_FALSE(c->attribution.speaker_named);
}

TEST(ClaimTest, AnAspectOrAReducedPassiveIsNoReport) {
  Analyzed r(
      "The ban could cover players who have continued opening new accounts. "
      "The site was checking members suspected of spreading it. "
      "Aides want concessions that would continue to lift the idea.");
  for (const Claim& c : r.a.claims) {
    EXPECT_NE(r.Cue(c.attribution), "continued") << r.At(c.content);
    EXPECT_NE(r.Cue(c.attribution), "suspected") << r.At(c.content);
    EXPECT_NE(r.Cue(c.attribution), "continue") << r.At(c.content);
  }
  // "“…,” he continued" still reports the quote.
  Analyzed quote("\"We will win,\" he continued.");
  EXPECT_EQ(quote.QuoteSpeaker("We will win"), "he <he>");
  EXPECT_EQ(quote.Cue(quote.QuoteWith("We will win")->attribution), "continued");
}

TEST(QuoteTest, ADigestItemsBracketedCreditSpeaksItsQuotes) {
  Analyzed r(std::string("MARKETS RALLY ") + Q("Stocks rose sharply as investors bet the worst was over.") +
             " The gains followed a week of losses. [Jane Roe, Daily Courier]\n\n"
             "NO CREDIT " +
             Q("Nobody said this.") + " The end.");
  EXPECT_EQ(r.QuoteSpeaker("Stocks rose sharply as investors bet the worst was over."),
            "Jane Roe <Jane Roe>");
  EXPECT_EQ(r.QuoteSpeaker("Nobody said this."), "(none)");
}

TEST(SpeakerTest, WhichAfterANameAndItsAbbreviationStandsForTheName) {
  Analyzed r(std::string("The bid was opposed by the International Rail Freight Association (IRFA), which "
                         "has called the plan ") +
             Q("bad law") + ".");
  EXPECT_EQ(r.QuoteSpeaker("bad law"), "International Rail Freight Association <which>");
}

TEST(QuoteTest, ARelativeClauseAfterTheSpeakerBeforeTheVerb) {
  Analyzed r(Q("We will have to live with it,") +
             " Ann Lowe, who led the party under John F. Kerr, "
             "told reporters on Monday.");
  EXPECT_EQ(r.QuoteSpeaker("We will have to live with it"), "Ann Lowe <Ann Lowe>");
}

TEST(SpeakerTest, TwoRolesUnderOneDeterminerAreOnePerson) {
  Analyzed r("Lord Amis withdrew his bill. Later the Liberal peer and former judge said: " +
             Q("The rules must change."));
  EXPECT_EQ(r.QuoteSpeaker("The rules must change."), "Amis <the Liberal peer and former judge>");
}

TEST(SpeakerTest, ABareSurnameFarFromANamesakeIsTheOneTheStoryNamesMost) {
  Analyzed r(
      "Ana Ruiz spoke in Ohio. Ruiz said the plan would work. Ruiz added that jobs would come.\n\n"
      "Later, Tom Ruiz took the stage. He praised his wife.\n\nThe crowd cheered.\n\n"
      "Ruiz said the race was close.");
  EXPECT_EQ(r.ClaimSpeaker("the race was close"), "Ana Ruiz <Ruiz>");
  // Right after the other's full name, the surname is that one's.
  Analyzed next(
      "Ana Ruiz spoke in Ohio. Ruiz said the plan would work. Ruiz added that jobs would "
      "come. Later, Tom Ruiz took the stage. Ruiz said the race was close.");
  EXPECT_EQ(next.ClaimSpeaker("the race was close"), "Tom Ruiz <Ruiz>");
}

TEST(SpeakerTest, APlaceInIngOpeningTheSentenceIsAName) {
  Analyzed r("Beijing says Korea is part of its sphere.");
  EXPECT_EQ(r.ClaimSpeaker("Korea is part of its sphere"), "Beijing <Beijing>");
}

TEST(VoiceTest, ASentenceFramedAsSomeonesViewReportsIt) {
  Analyzed r(
      "In their view, the council could sell the depot. In the view of many analysts, rates might "
      "fall. In May, prices could rise.");
  EXPECT_TRUE(Reported(r, "the council could sell the depot"));
  EXPECT_TRUE(Reported(r, "rates might fall"));
  EXPECT_FALSE(Reported(r, "prices could rise"));
}

TEST(ClaimTest, APhraseSetOffByCommasBeforeTheClausesVerbIsInsideTheReport) {
  Analyzed r("The pollster said the mayor, despite his wealth, is better placed to win.");
  EXPECT_EQ(r.ClaimSpeaker("the mayor, despite his wealth, is better placed to win"),
            "The pollster <The pollster>");
  // A reporter's aside after the report still ends it.
  Analyzed aside("The firm said the deal was fair, despite the criticism.");
  EXPECT_NE(aside.ClaimWith("the deal was fair"), nullptr);
}

TEST(QuoteTest, ASpeakerAfterTheVerbWithPartyAndStateOrFormer) {
  Analyzed r(Q("We have to be careful,") + " said Sen. Ann Lowe (D-Pa.), a party elder. " +
             Q("He is struggling,") + " said former Ohio governor Tom Reed (R), a rival.");
  EXPECT_EQ(r.QuoteSpeaker("We have to be careful"), "Ann Lowe <Sen. Ann Lowe>");
  EXPECT_EQ(r.QuoteSpeaker("He is struggling"), "Tom Reed <former Ohio governor Tom Reed>");
}

TEST(QuoteTest, AnAbbreviationInsideTheSpeakersTitle) {
  Analyzed r(Q("It will pass,") + " said Democratic U.S. Rep. Ann Lowe.");
  EXPECT_EQ(r.QuoteSpeaker("It will pass"), "Democratic U.S. Rep. Ann Lowe <Democratic U.S. Rep. Ann Lowe>");
}
TEST(SpeakerTest, PeopleFromAPlaceAreThePeople) {
  Analyzed r(
      "A delegation of farmers from Leeston said the levy was unfair. They insisted the mill "
      "would close. Recent figures from the Statistics Bureau suggested the slump would last.");
  EXPECT_EQ(r.ClaimSpeaker("the levy was unfair"), "farmers from Leeston <farmers from Leeston>");
  EXPECT_EQ(r.ClaimSpeaker("the mill would close"), "farmers from Leeston <They>");
  // Figures from a body are the body's.
  EXPECT_EQ(r.ClaimSpeaker("the slump would last"), "Statistics Bureau <figures from the Statistics Bureau>");
}
TEST(QuoteTest, ASpeakerAfterTheQuoteWithATitledNameInTheAppositive) {
  Analyzed r(Q("We will not send troops,") + " Ann K. Lowe, Mr. Reed's deputy adviser, said Sunday.");
  EXPECT_EQ(r.QuoteSpeaker("We will not send troops"), "Ann K. Lowe <Ann K. Lowe>");
}
TEST(ClaimTest, ATimeAfterTheVerbSaysWhenNotWhat) {
  Analyzed r(
      "The mill will reopen, the company said Thursday during a visit. The plan is sound, Lee "
      "insisted on Monday. Prices will rise, officials said last week.");
  EXPECT_EQ(r.ClaimSpeaker("The mill will reopen"), "the company <the company>");
  EXPECT_EQ(r.ClaimSpeaker("The plan is sound"), "Lee <Lee>");
  EXPECT_EQ(r.ClaimSpeaker("Prices will rise"), "officials <officials>");
}
TEST(ClaimTest, ARelativeClauseOnTheObjectReportsOnlyItself) {
  Analyzed r("The levy would hurt growers, who want to sell more abroad.");
  // The stance is the relative clause's, not the sentence before the comma.
  EXPECT_EQ(r.ClaimWith("The levy would hurt growers"), nullptr);
  EXPECT_EQ(r.ClaimSpeaker("to sell more abroad"), "growers <who>");
}
TEST(QuoteTest, LongTitlesInTitleCaseAreNames) {
  Analyzed r("He hoped to reissue his biography, " +
             Q("Lost Harbour: The Many Lives of Captain John R. Hale,") + " this year. Her 2009 book " +
             Q("Riverside: The Art of Being a Mayor") + " sold well. A collection called " +
             Q("Gone!: Twenty Years of Cartoons on Power.") + " is due. " + Q("We will not go back,") +
             " the mayor said.");
  for (const char* name :
       {"Lost Harbour: The Many Lives of Captain John R. Hale", "Riverside: The Art of Being a Mayor",
        "Gone!: Twenty Years of Cartoons on Power."}) {
    const Quote* q = r.QuoteWith(name);
    ASSERT_NE(q, nullptr) << name;
    EXPECT_EQ(q->kind, QuoteKind::kName) << name;
  }
  EXPECT_EQ(r.QuoteSpeaker("We will not go back"), "the mayor <the mayor>");
}
TEST(QuoteTest, TitlesOfWorksAndBodiesInRunningProseAreNames) {
  Analyzed r(Q("Tales of the Harbor Town") +
             " star Mina Reyes spoke about her childhood. He talked about his "
             "comedy project, " +
             Q("Notes from a Small Island,") + " the actor said. Patel was the founder of " +
             Q("Gujarati Voters for Reyes 2008.") + " The group ran an ad titled, " + Q("Fraud.") + " " +
             Q("I'm a big fan of Paul,") + " said Ed Lowe. The paper's editorial: " + Q("Deport Tom Vance.") +
             " The group wrote one line: " + Q("THIS MUST STOP NOW.") + " " +
             Q("We're like 'Ebony and Ivory,'") + " he explained.");
  for (const char* name : {"Tales of the Harbor Town", "Notes from a Small Island",
                           "Gujarati Voters for Reyes 2008.", "Fraud."}) {
    const Quote* q = r.QuoteWith(name);
    ASSERT_NE(q, nullptr) << name;
    EXPECT_EQ(q->kind, QuoteKind::kName) << name;
  }
  // Speech: short lowercase words that are not articles or prepositions, a
  // colon that sets the words off, shouting, a quote inside.
  for (const char* speech : {"I'm a big fan of Paul", "Deport Tom Vance.", "THIS MUST STOP NOW.",
                             "We're like 'Ebony and Ivory,'"}) {
    const Quote* q = r.QuoteWith(speech);
    ASSERT_NE(q, nullptr) << speech;
    EXPECT_NE(q->kind, QuoteKind::kName) << speech;
  }
  EXPECT_EQ(r.QuoteSpeaker("I'm a big fan of Paul"), "Ed Lowe <Ed Lowe>");
}

TEST(QuoteTest, AQuestionThenTheSpeakersRoleAndName) {
  Analyzed r("The director said the film should open. " + Q("How can you stop the film?") +
             " Mr Reed's lawyer Ann Lowe said.");
  EXPECT_EQ(r.QuoteSpeaker("How can you stop the film?"), "Ann Lowe <Ann Lowe>");
}
TEST(SpeakerTest, PeopleBeforeARelativeWithoutAnS) {
  Analyzed r("The coach faces dozens of players who claim he bullied them.");
  // The count is part of the speaker, as "75 percent of voters" is.
  EXPECT_EQ(r.ClaimSpeaker("he bullied them"), "dozens of players <dozens of players who>");
}
TEST(SpeakerTest, AnAppositiveEndingOnATitleInQuotes) {
  Analyzed r("Ann Lowe, host of the station's " + Q("Morning Show,") +
             " suggested the refusal could end his campaign.");
  EXPECT_EQ(r.ClaimSpeaker("the refusal could end his campaign"), "Ann Lowe <Ann Lowe>");
}
TEST(SpeakerTest, ATitleOfSeveralWordsIsARoleNotTheLatestSubject) {
  Analyzed r("Ken Lowe said he would not apologise. The prime minister said the remarks were unwise.");
  // No one in the story holds that title: the description stands.
  EXPECT_EQ(r.ClaimSpeaker("the remarks were unwise"), "The prime minister <The prime minister>");
  Analyzed titled(
      "Prime Minister Ann Reed spoke on Monday. Ken Lowe said he would not apologise. "
      "The prime minister said the remarks were unwise.");
  EXPECT_EQ(titled.ClaimSpeaker("the remarks were unwise"), "Ann Reed <The prime minister>");
}
TEST(SpeakerTest, ARelativeOnWhatTheSubjectIsSaidToBe) {
  Analyzed r("Note: Mara Quist is a former senator, lobbyist and author who has argued the tax should go.");
  EXPECT_EQ(r.ClaimSpeaker("the tax should go"), "Mara Quist <who>");
  Analyzed joined("Mara Quist often speaks at rallies and is a lobbyist who has argued the tax should go.");
  EXPECT_EQ(joined.ClaimSpeaker("the tax should go"), "Mara Quist <who>");
  // A verb in the complement makes it a clause of its own: no subject to take.
  Analyzed clause("Mara Quist is a lobbyist for firms that hired people who argued the tax should go.");
  EXPECT_NE(clause.ClaimSpeaker("the tax should go"), "Mara Quist <who>");
}
TEST(SpeakerTest, ARelativeAfterADashOrBracket) {
  Analyzed r("On Monday, Lindsey Moor\u2014who had backed the governor\u2014said she would vote no.");
  EXPECT_EQ(r.ClaimSpeaker("the governor"), "Lindsey Moor <who>");
  Analyzed b("They showed a photo of Dale Fenn (who says the mayor is his choice) outside the hall.");
  // The report ends with the bracket.
  EXPECT_EQ(b.ClaimSpeaker("the mayor is his choice"), "Dale Fenn <who>");
  Analyzed inner("Dale Fenn, who says the summit (Apec) failed, spoke later.");
  EXPECT_EQ(inner.ClaimSpeaker("the summit (Apec) failed"), "Dale Fenn <who>");
}
TEST(SpeakerTest, DataFromANamedSourceShows) {
  Analyzed r(
      "Surveys from Homestead have indicated house prices may be cooling. Separate figures from the "
      "Mortgage Lenders Council showed lending fell.");
  EXPECT_EQ(r.ClaimSpeaker("house prices may be cooling"), "Homestead <Surveys from Homestead>");
  EXPECT_EQ(r.ClaimSpeaker("lending fell"),
            "Mortgage Lenders Council <Separate figures from the Mortgage Lenders Council>");
  // A name alone that "showed" something is no source of data.
  Analyzed shown("At the launch, Ann Lowe showed the new handset had two screens.");
  EXPECT_EQ(shown.ClaimWith("the new handset had two screens"), nullptr);
}
TEST(ClaimTest, AnAsideBeforeThatIsTheStorys) {
  Analyzed r("He talked about the budget, saying, to general surprise, that he would raise taxes.");
  const Claim* c = r.ClaimWith("he would raise taxes");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "He <He>");
  // The aside is narration: no claim holds it.
  EXPECT_EQ(r.ClaimWith("to general surprise, that he would raise taxes"), nullptr);
}
TEST(QuoteTest, ATimeClauseAfterTheInvertedSpeaker) {
  Analyzed r(Q("Anyone who breaks the law should go,") + " said Dan Gorvik when asked about the senator.");
  EXPECT_EQ(r.QuoteSpeaker("Anyone who breaks the law should go"), "Dan Gorvik <Dan Gorvik>");
}
TEST(SpeakerTest, TheGapOfARelativeBeforeTheSpeaker) {
  // "whom", the free relative "what", and a verb in the past tense after
  // the cue: the relative is the reported clause's subject.
  Analyzed whom("Voters turned on Ms Kerr, whom many activists believed was tilting the race.");
  EXPECT_EQ(whom.ClaimSpeaker("was tilting the race"), "many activists <many activists>");
  Analyzed what("The posters included what critics claim depicted the leader as a thief.");
  EXPECT_EQ(what.ClaimSpeaker("depicted the leader as a thief"), "critics <critics>");
  Analyzed past("She refused to disown an aide who many believe misled the board.");
  EXPECT_EQ(past.ClaimSpeaker("misled the board"), "many <many>");
  // Without a relative, the report is the whole clause after the cue.
  Analyzed plain("The aides said repeated warnings went unheeded.");
  EXPECT_EQ(plain.ClaimSpeaker("repeated warnings went unheeded"), "The aides <The aides>");
}
TEST(SpeakerTest, APronounInARelativeOnAPerson) {
  Analyzed r(
      "Lee Brand spoke to the paper. That prompted the exit of investor Dan Mole, who was "
      "annoyed by stalled talks and what he claimed was dithering by the board.");
  EXPECT_EQ(r.ClaimSpeaker("was dithering by the board"), "Dan Mole <he>");
  // A comma closes the clause: the pronoun is resolved as usual.
  Analyzed closed(
      "Lee Brand spoke to the paper. He met Dan Mole, who left, and he claimed the board was weak.");
  EXPECT_EQ(closed.ClaimSpeaker("the board was weak"), "Lee Brand <he>");
}
TEST(SpeakerTest, TheHeadOfAChainOfAppositives) {
  // A name after a description belongs to the description (the paper, the
  // seat, the start-up); the chain's head speaks.
  Analyzed paper(
      "Anna Roth, the editor of the city's paper, The Ledger, said every mayor was "
      "\"both a builder and a politician.\"");
  EXPECT_EQ(paper.QuoteSpeaker("both a builder and a politician."), "Anna Roth <Anna Roth>");
  Analyzed seat("Mr Dale, MP for Kirkby, Lancashire, said he expected a vote soon.");
  EXPECT_EQ(seat.ClaimSpeaker("he expected a vote soon"), "Dale <Mr Dale>");
  Analyzed whose("Mr Kerr, whose new firm, Tally, sells maps, said the market was growing.");
  EXPECT_EQ(whose.ClaimSpeaker("the market was growing"), "Kerr <Mr Kerr>");
  // A description that opens the clause is named by the name after it.
  Analyzed opens("One Republican hopeful, Carla Finn, said the plan would fail.");
  EXPECT_EQ(opens.ClaimSpeaker("the plan would fail"), "Carla Finn <Carla Finn>");
  // An adverb opening the sentence heads no chain.
  Analyzed adverb("Separately, the largest parcel carrier, Fastpost, said it had ordered ten jets.");
  EXPECT_EQ(adverb.ClaimSpeaker("it had ordered ten jets"), "Fastpost <Fastpost>");
}
TEST(SpeakerTest, WhomTheWordsWereToldToIsNoSpeaker) {
  // After "told", the phrase before the colon is the addressee; the verb's
  // subject speaks, past an adverb or a day.
  Analyzed later("Ann Dale later Friday told Fox News: " + Q("The two sides meet again next month."));
  EXPECT_EQ(later.QuoteSpeaker("The two sides meet again next month."), "Ann Dale <Ann Dale>");
  Analyzed meanwhile("Mr Hale meanwhile told the BBC: " + Q("He has more to give."));
  EXPECT_EQ(meanwhile.QuoteSpeaker("He has more to give."), "Hale <Mr Hale>");
  // No subject: nobody, rather than the addressee.
  Analyzed none("Mr Hale spoke to reporters. But told BBC News: " + Q("We have put that behind us."));
  EXPECT_EQ(none.QuoteSpeaker("We have put that behind us."), "(none)");
  // "told the BBC he had …": the report starts at the pronoun, after a
  // phrase that opens the sentence.
  Analyzed report("In his first comments, Mr Hale told the BBC he had not seen the letter.");
  EXPECT_EQ(report.ClaimSpeaker("he had not seen the letter"), "Hale <Mr Hale>");
  EXPECT_EQ(report.ClaimWith("In his first comments"), nullptr);
  // A day after "on" between the subject and the verb.
  Analyzed day("The Lisbon Group of small exporting nations on Wednesday said it would cut tariffs.");
  EXPECT_EQ(day.ClaimSpeaker("it would cut tariffs"),
            "The Lisbon Group of small exporting nations <The Lisbon Group of small exporting nations>");
}
TEST(QuoteTest, AParticipleInTheSpeakersDescriptionIsNoNewSpeaker) {
  Analyzed r(Q("This is a big step for working families,") +
             " said Ross Eisen of the Policy Institute, a longtime voice in urging the board to act. " +
             Q("It is really giving back rights that workers had lost."));
  EXPECT_EQ(r.QuoteSpeaker("It is really giving back rights that workers had lost."),
            "Ross Eisen <Ross Eisen>");
}
TEST(FigureTest, AnHtmlCharacterReferenceIsNoNumber) {
  Analyzed r("He represented the singer Dafydd Br&#226;n when 12 people were arrested.");
  ASSERT_EQ(r.a.figures.size(), 1u);
  EXPECT_EQ(r.At(r.a.figures[0].span), "12");
}
TEST(ClaimTest, AnObjectWithTwoPhrasesBeforeItsVerb) {
  Analyzed two(
      "But Mr Hale insisted the UN code of practice on fishing quotas meant strict limits still applied.");
  EXPECT_EQ(two.ClaimSpeaker("the UN code of practice on fishing quotas meant strict limits still applied"),
            "Hale <Mr Hale>");
  Analyzed hope("The manager hopes a place in the later stages of the cup could help keep his players.");
  EXPECT_EQ(hope.ClaimSpeaker("a place in the later stages of the cup could help keep his players"),
            "The manager <The manager>");
  // A third phrase, or no verb after them, is an object, not a report.
  Analyzed object("He stressed the importance of trade with China in the talks.");
  EXPECT_EQ(object.ClaimWith("the importance of trade with China in the talks"), nullptr);
}
TEST(SpeakerTest, AnAsideThatAddsToTheSubject) {
  Analyzed well("Mrs. Lee herself, as well as her staff, has long maintained that the records were secure.");
  EXPECT_EQ(well.ClaimSpeaker("the records were secure"), "Lee <Mrs. Lee>");
  Analyzed including("State officials, including Gov. Ann Cole, are hoping they will win the case.");
  EXPECT_EQ(including.ClaimSpeaker("they will win the case"), "State officials <State officials>");
}
TEST(ClaimTest, AColonAfterANameInTheBodyBeforeAListOrATitle) {
  // A team sheet and a title that goes on report nothing.
  Analyzed sheet("The home side won easily. Rovers: Hale, Carr, Dunne, Pike, Marr.");
  EXPECT_EQ(sheet.ClaimWith("Hale, Carr, Dunne, Pike, Marr"), nullptr);
  Analyzed title("The series ends in May. Space Patrol: Frontier began in 2003 after other spin-offs.");
  EXPECT_EQ(title.ClaimWith("Frontier began in 2003 after other spin-offs"), nullptr);
  // A transcript's speaker in capitals, and a contraction, are speech.
  Analyzed transcript("The exchange went as follows. LENA MARR: Tom Vance released a video on Friday.");
  EXPECT_EQ(transcript.ClaimSpeaker("Tom Vance released a video on Friday"), "LENA MARR <LENA MARR>");
  Analyzed here("The panel went on. Doyle: Here's the irony of our time.");
  EXPECT_EQ(here.ClaimSpeaker("Here's the irony of our time"), "Doyle <Doyle>");
}
TEST(ClaimTest, RejectingAnOfferIsNoReport) {
  Analyzed deal("Telvox said on Wednesday that Norcell had rejected a deal worth $5bn.");
  EXPECT_EQ(deal.ClaimWith("a deal worth $5bn"), nullptr);
  EXPECT_EQ(deal.ClaimSpeaker("Norcell had rejected a deal worth $5bn"), "Telvox <Telvox>");
  // A claim rejected is still one.
  Analyzed claim("The minister rejected claims that the plan had failed.");
  EXPECT_EQ(claim.ClaimSpeaker("claims that the plan had failed"), "The minister <The minister>");
}
TEST(ClaimTest, WritingALetterIsNoReport) {
  Analyzed letter("Baker wrote the memo Feb. 9 to the agency's general counsel.");
  EXPECT_EQ(letter.ClaimWith("the memo Feb. 9 to the agency's general counsel"), nullptr);
  Analyzed book("She got a degree from Yale and wrote a cookery book.");
  EXPECT_EQ(book.ClaimWith("a cookery book"), nullptr);
  // What is written is still reported.
  Analyzed wrote("Baker wrote that the probe was ongoing.");
  EXPECT_EQ(wrote.ClaimSpeaker("the probe was ongoing"), "Baker <Baker>");
}
TEST(SpeakerTest, OneOfAKindSpeaks) {
  Analyzed tweet("The forum became a place to share grief. One tweet said: " + Q("This is so unfair."));
  EXPECT_EQ(tweet.QuoteSpeaker("This is so unfair."), "One tweet <One tweet>");
  Analyzed source("One intelligence source said agents would be angry.");
  EXPECT_EQ(source.ClaimSpeaker("agents would be angry"),
            "One intelligence source <One intelligence source>");
}
TEST(QuoteTest, WhatARelativeSpeakerDescribedAs) {
  Analyzed r("Costs were kept low by sharing parts with the X40, which Mr Lund described as " +
             Q("the key model for our brand") + ".");
  EXPECT_EQ(r.QuoteSpeaker("the key model for our brand"), "Lund <Mr Lund>");
}
TEST(SpeakerTest, ARelativeAfterADescriptionStandsForThePerson) {
  Analyzed org(Q("It is hard,") +
               " said Al Ruiz, the director of the Council for Civic Values, "
               "who also said the two men must do more.");
  EXPECT_EQ(org.ClaimSpeaker("the two men must do more"), "Al Ruiz <who>");
  Analyzed adj(Q("I am not sure,") +
               " said Leo Sosa, a radio host and a prominent Hispanic Republican "
               "who said he could not support him.");
  EXPECT_EQ(adj.ClaimSpeaker("he could not support him"), "Leo Sosa <who>");
  Analyzed place("Al Berg, a dentist from Fairview, New Jersey, who said he was undecided, left early.");
  EXPECT_EQ(place.ClaimSpeaker("he was undecided"), "Al Berg <who>");
  // A second name joined on is who the relative stands for.
  Analyzed joined(
      "He chose Lyon over Santos, or Mexican outfit Blue Eagles, who also expressed an interest.");
  EXPECT_EQ(joined.ClaimSpeaker("an interest"), "Blue Eagles <who>");
}
TEST(QuoteTest, FormerBeforeATitleInLowerCase) {
  Analyzed r(Q("The best defense starts in our own streets,") +
             " said former secretary of state Ann Lane, who praised the plan.");
  EXPECT_EQ(r.QuoteSpeaker("The best defense starts in our own streets"),
            "Ann Lane <former secretary of state Ann Lane>");
}
TEST(ClaimTest, ABareTimeBeforeThatAfterAWarning) {
  Analyzed r("However, governor Ellis Kay warned only last week that cheap credit may end.");
  EXPECT_EQ(r.ClaimSpeaker("cheap credit may end"), "Ellis Kay <governor Ellis Kay>");
  Analyzed day("Hillary Lee boasted Monday night that the strategy had worked.");
  EXPECT_EQ(day.ClaimSpeaker("the strategy had worked"), "Hillary Lee <Hillary Lee>");
}
TEST(ClaimTest, AnAccusationReportsItsCharge) {
  // The accused, then "of" and the charge: the charge is what is claimed,
  // whether the accused is a name, a pronoun or a phrase with a head noun.
  Analyzed r("Opposition lawmakers quickly accused the interior minister of hiding the report.");
  const Claim* c = r.ClaimWith("of hiding the report");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Speaker(c->attribution), "Opposition lawmakers <Opposition lawmakers>");
  EXPECT_EQ(r.Cue(c->attribution), "accused");
  EXPECT_EQ(c->attribution.cue_class, CueClass::kLoaded);
  Analyzed name("Dana Ruiz accused Mr Holt of lying about the loan.");
  EXPECT_EQ(name.ClaimSpeaker("of lying about the loan"), "Dana Ruiz <Dana Ruiz>");
  Analyzed pronoun("The union accuses them of breaking the agreement.");
  EXPECT_EQ(pronoun.ClaimSpeaker("of breaking the agreement"), "The union <The union>");
  // Not the reduced passive that names the accused: no one accuses here.
  Analyzed passive("Mr Holt, accused of fraud last year, was cleared on Monday.");
  EXPECT_EQ(passive.a.claims.size(), 0u);
}
TEST(ClaimTest, APassiveReducedToItsParticipleIsAgentless) {
  // On the object of a preposition, in a sentence whose verb comes first or
  // after the opening phrase: no one is credited with the belief.
  Analyzed r("Among those reported to have doubts about the scheme were two former ministers.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_TRUE(r.a.claims[0].agentless);
  EXPECT_EQ(r.Cue(r.a.claims[0].attribution), "reported");
  Analyzed year("In a year expected to bring record turnout, few polls agree.");
  ASSERT_EQ(year.a.claims.size(), 1u);
  EXPECT_EQ(year.Cue(year.a.claims[0].attribution), "expected");
  EXPECT_EQ(year.At(year.a.claims[0].content), "In a year expected to bring record turnout");
  // The subject's phrase before its own verb is active: no passive at all.
  Analyzed active("Democrats in the state legislature expected to win the vote.");
  for (const Claim& c : active.a.claims) EXPECT_FALSE(c.agentless) << active.At(c.content);
}
TEST(ClaimTest, TheChargeIsTheOfBeforeAnIngForm) {
  // The accused may hold an "of" of its own.
  Analyzed r("Critics have accused the former minister of state of treating nurses as props.");
  EXPECT_EQ(r.ClaimSpeaker("of treating nurses as props"), "Critics <Critics>");
}
TEST(ClaimTest, AContrastAfterADashEndsTheReport) {
  Analyzed r(
      "Ruiz has said the council is wasting money \xE2\x80\x94 while his aides have blamed the mayor.");
  EXPECT_EQ(r.ClaimSpeaker("the council is wasting money"), "Ruiz <Ruiz>");
}
TEST(FigureTest, ASharesInWordsIsOneFigure) {
  Analyzed r(
      "A quarter of adults, two-thirds of renters and one in five owners agree; "
      "two out of three tenants do not. Half of the cake was eaten.");
  std::vector<std::string> got;
  for (const Figure& f : r.a.figures) got.push_back(r.At(f.span));
  EXPECT_EQ(got,
            (std::vector<std::string>{"A quarter", "two-thirds", "one in five", "two out of three", "Half"}));
}
TEST(ClaimTest, AnEstimateWithItsObjectAndFigure) {
  // "estimated X at N", "forecast growth of N": who estimated the figure.
  Analyzed r("Police estimated the crowd at 50,000. The bank has forecast growth of 1.9% next year.");
  EXPECT_EQ(r.ClaimSpeaker("the crowd at 50,000"), "Police <Police>");
  const Claim* c = r.ClaimWith("growth of 1.9% next year");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.Cue(c->attribution), "forecast");
}
TEST(ClaimTest, AnAgentlessPassiveHoldsOnlyItsOwnClause) {
  Analyzed r("Pike looks set to continue at left-back and Tomas Berg is expected to shake off a strain.");
  const Claim* c = r.ClaimWith("Tomas Berg is expected to shake off a strain");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->agentless);
  // A subject joined inside one phrase is still the whole proposition.
  Analyzed joined("Bread and butter are expected to rise in price.");
  EXPECT_NE(joined.ClaimWith("Bread and butter are expected to rise in price"), nullptr);
}
TEST(ClaimTest, ADocumentSomeoneIssuesSpeaksForThem) {
  Analyzed r("Hours later, the campaign issued a statement saying the event was postponed.");
  EXPECT_EQ(r.ClaimSpeaker("the event was postponed"), "the campaign <the campaign>");
  // A document shown or found still says what it says.
  Analyzed shown("Investigators found a letter saying the money was gone.");
  EXPECT_EQ(shown.ClaimSpeaker("the money was gone"), "a letter <a letter>");
}
TEST(QuoteTest, AHeadlineNameBeforeItsColonSpeaksALaterQuote) {
  Analyzed r(
      "Senator Ann Lane: Governor Hill \xE2\x80\x98Not Fit To Serve As Head Of The State.\xE2\x80\x99\n\n"
      "The senator spoke on Monday.");
  const Quote* q = r.QuoteWith("Not Fit To Serve As Head Of The State.");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(r.Speaker(q->attribution), "Senator Ann Lane <Senator Ann Lane>");
  // A column's label is no speaker.
  Analyzed label(
      "The Latest: Lane delivers a defense of \xE2\x80\x98the values of this great city.\xE2\x80\x99\n\n"
      "The senator spoke.");
  for (const Quote& lq : label.a.quotes)
    EXPECT_FALSE(lq.attribution.has_speaker) << label.Speaker(lq.attribution);
}
TEST(QuoteTest, TheWordsOfSomeonesAnswerAreTheirs) {
  Analyzed r("Lane\xE2\x80\x99s catch phrase in that race was that Hill " + Q("would say anything to win.") +
             " It worked.");
  EXPECT_EQ(r.QuoteSpeaker("would say anything to win."), "Lane <Lane\xE2\x80\x99s>");
}
TEST(SpeakerTest, TheOneWhoAsksIsNotWhoAnswers) {
  Analyzed r(
      "Dana Ruiz spoke to Fox News on Tuesday. Mark Hill then asked Ruiz which states she could win. " +
      Q("We feel great about all of them,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("We feel great about all of them"), "Dana Ruiz <she>");
  Analyzed when(
      "Paul Reed did not sound confident when Mark Hill asked whether the party would hold the House. " +
      Q("It is going to be unpredictable,") + " he said.");
  EXPECT_EQ(when.QuoteSpeaker("It is going to be unpredictable"), "Paul Reed <he>");
}
TEST(SpeakerTest, AStanceInABackgroundClauseIsNoLaterReference) {
  Analyzed r(
      "Paul Reed has backed the scheme. The issue was a theme of the French election, where Mark Hill "
      "opposed expanding it. But the party leader argued there was an ethical case. " +
      Q("We owe it to the next generation,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("We owe it to the next generation"), "Paul Reed <he>");
}
TEST(SpeakerTest, AStanceInAClauseOfReasonIsNoLaterReference) {
  Analyzed r("Paul Reed said he pursued the sequel only because Mark Hill agreed to take part. (" +
             Q("We persuaded the original makers,") + " he said.)");
  EXPECT_EQ(r.QuoteSpeaker("We persuaded the original makers"), "Paul Reed <he>");
}

TEST(SpeakerTest, ACapitalisedModalBeforeAPastVerbIsAName) {
  Analyzed r("The columnist Martha Will wrote a scathing piece on Monday. " +
             Q("The crisis is a reminder that the rules matter,") + " Will wrote.");
  EXPECT_EQ(r.QuoteSpeaker("The crisis is a reminder that the rules matter"), "Martha Will <Will>");
}

TEST(SpeakerTest, AParticipleAfterAnUnnamedSpeakerBelongsToIt) {
  Analyzed r(Q("You are going to see a huge field operation,") +
             " said one Democrat involved in the effort, who spoke on condition of anonymity.");
  EXPECT_EQ(r.QuoteSpeaker("You are going to see a huge field operation"),
            "one Democrat involved in the effort <one Democrat involved in the effort>");
}

TEST(QuoteTest, AsAndTheSpeakerAfterTheQuotesCommaCredit) {
  Analyzed r("Warnings come from " + Q("people aligned with the left,") +
             " as the host Sam Doyle said in April.");
  EXPECT_EQ(r.QuoteSpeaker("people aligned with the left"), "Sam Doyle <Sam Doyle>");
}

TEST(QuoteTest, ALongDescriptionOrATimeAfterTheVerbStillCredits) {
  Analyzed r(Q("The figure to watch is weekly pay,") +
             " Dan Holt, a policy adviser to Democrats and former head of the independent"
             " budget office, wrote after the report was released. " +
             Q("The question is one for Congress,") + " Rita Hale, a law professor, wrote last week. " +
             Q("These are dark days,") + " former White House speechwriter Noam Levy wrote in a column.");
  EXPECT_EQ(r.QuoteSpeaker("The figure to watch is weekly pay"), "Dan Holt <Dan Holt>");
  EXPECT_EQ(r.QuoteSpeaker("The question is one for Congress"), "Rita Hale <Rita Hale>");
  EXPECT_EQ(r.QuoteSpeaker("These are dark days"), "Noam Levy <Noam Levy>");
}

TEST(SpeakerTest, ARelationGivenEarlierWithANameIsThatPerson) {
  Analyzed r(Q("We had them for years,") +
             " Mr Dale's son Peter, 61, said before the auction. Mr Dale died "
             "in 1998. " +
             Q("He called them his tapes,") +
             " his son said. The senator's wife, Jane Hill, "
             "spoke first. " +
             Q("He is tired,") + " his wife said.");
  EXPECT_EQ(r.QuoteSpeaker("He called them his tapes"), "Peter <his son>");
  EXPECT_EQ(r.QuoteSpeaker("He is tired"), "Jane Hill <his wife>");
}

TEST(SpeakerTest, AParticipleIsTheSubjectsNotTheObjectsNorAQuestionWords) {
  Analyzed r(
      "Hale dropped Bowen for the cup game, claiming the winger had feigned injury. "
      "The mayor heaped compliments on Ms Ortiz saying she was doing a great job. "
      "The senator has offered few ideas aside from stating that the agency should not profit. "
      "The readership is older, which is why editors there indicate that the columnist matters.");
  EXPECT_EQ(r.ClaimSpeaker("the winger had feigned injury"), "Hale <Hale>");
  EXPECT_EQ(r.ClaimSpeaker("she was doing a great job"), "The mayor <The mayor>");
  EXPECT_EQ(r.ClaimSpeaker("the agency should not profit"), "The senator <The senator>");
  EXPECT_EQ(r.ClaimSpeaker("the columnist matters"), "editors <editors>");
}
TEST(SpeakerTest, ANameAfterAnOpeningPhraseWithNoCommaIsTheSubject) {
  // "After the hearing Dana Reyes, director of …, said:": the noun in -ing
  // after its article is no participle whose object the name would be.
  Analyzed r(
      "The court ruled for the ministry, the judges said. After the hearing Dana Reyes, legal "
      "director of the charity Fairtrial, said: " +
      Q("It is not enough."));
  EXPECT_EQ(r.QuoteSpeaker("It is not enough."), "Dana Reyes <Dana Reyes>");
}
TEST(SpeakerTest, AVerbOfReplyWithBackAndGoSoFarAsToSpeak) {
  Analyzed r("Ann Lee attacked him on guns. Tom Hale shot back, " + Q("That is simply false.") +
             " Ben Cole wrote back: " + Q("No comment.") +
             " Mr Hall went so far as to say: " + Q("The firm is finished."));
  EXPECT_EQ(r.QuoteSpeaker("That is simply false."), "Tom Hale <Tom Hale>");
  EXPECT_EQ(r.QuoteSpeaker("No comment."), "Ben Cole <Ben Cole>");
  EXPECT_EQ(r.QuoteSpeaker("The firm is finished."), "Hall <Mr Hall>");
}
TEST(SpeakerTest, ANameBeforeADescriptionMissingItsClosingCommaSpeaks) {
  // "Name, role for ORG said": the organisation is the role's object.
  Analyzed r("Tom Hale, spokesman for software firm Zeta said many firms were starting to care. " +
             Q("The key thing is managing it,") +
             " he said. Nevertheless, a survey conducted by analyst "
             "Ann Lee found that most firms were failing. Rather, sources close to the firm say it is "
             "thriving.");
  EXPECT_EQ(r.ClaimSpeaker("many firms were starting to care"), "Tom Hale <Tom Hale>");
  EXPECT_EQ(r.QuoteSpeaker("The key thing is managing it"), "Tom Hale <he>");
  // An opening word and the subject after it are no name and description.
  EXPECT_EQ(r.ClaimSpeaker("most firms were failing"), "Ann Lee <Ann Lee>");
  EXPECT_EQ(r.ClaimSpeaker("it is thriving"), "sources close to the firm <sources close to the firm>");
}
TEST(SpeakerTest, PeopleCloseToSomeoneSpeakNotThePersonTheyAreCloseTo) {
  Analyzed r(
      "Ann Lee kept her counsel. People close to the mayor said the deal was off. Sources close "
      "to her office say she backs the plan. Sources familiar with Lee said the vote was near.");
  EXPECT_EQ(r.ClaimSpeaker("the deal was off"), "People close to the mayor <People close to the mayor>");
  EXPECT_EQ(r.ClaimSpeaker("she backs the plan"),
            "Sources close to her office <Sources close to her office>");
  EXPECT_EQ(r.ClaimSpeaker("the vote was near"), "Sources familiar with Lee <Sources familiar with Lee>");
}
TEST(ClaimTest, AVerbsPlainFormAfterAnArticleIsANoun) {
  // "the mere mention of her name" is no report; the report around it is
  // whole.
  Analyzed r("At times, aides said, the mere mention of her name could make him fume.");
  EXPECT_EQ(r.ClaimSpeaker("At times, aides said, the mere mention of her name could make him fume"),
            "aides <aides>");
}
TEST(SpeakerTest, AReportingVerbInIngBeforeATitleIsPartOfTheTitle) {
  Analyzed r("The ministry published figures. " + Q("Resources are enough,") +
             " deputy planning director Ana Ruiz said.");
  EXPECT_EQ(r.QuoteSpeaker("Resources are enough"), "Ana Ruiz <director Ana Ruiz>");
}
TEST(SpeakerTest, APartialQuoteInsideASpeakersReportIsTheirsNotTheOuterSources) {
  // "X said … “…,” according to the report": the report relays what X said.
  Analyzed r("The witness said the order was meant to " + Q("avoid affecting the vote,") +
             " according to the report. Defense Secretary Ann Lee spoke with her counterpart Tom Hale on "
             "Wednesday " +
             Q("to discuss the merger,") + " according to a Pentagon readout.");
  EXPECT_EQ(r.QuoteSpeaker("avoid affecting the vote"), "The witness <The witness>");
  // (Speaking reports no content: the readout's words.)
  EXPECT_EQ(r.QuoteSpeaker("to discuss the merger"), "a Pentagon readout <a Pentagon readout>");
}
TEST(SpeakerTest, ANameWithAPartyTagThenADescriptionSpeaks) {
  Analyzed r(
      "Rep. Ann Lee (D-Md.), chair of the party's platform drafting committee, said the talks "
      "went well.");
  EXPECT_EQ(r.ClaimSpeaker("the talks went well"), "Ann Lee <Rep. Ann Lee>");
}
TEST(ClaimTest, AVerbOfWritingBeforeABareNounReportsNothing) {
  Analyzed r(
      "The platform is a magnet for people who write spam bots because it is open. "
      "Ann Lee wrote legislation that gave the mayor more power.");
  for (const Claim& c : r.a.claims) ADD_FAILURE() << r.At(c.content);
}
TEST(SpeakerTest, APrepositionThatOpensAClauseOfTimeIsNoPostmodifier) {
  // "by campaign groups after figures showed …": the figures show; the
  // groups accuse.
  Analyzed r(
      "The Courier was sued by Mr Hale after the newspaper claimed he took money. The police were "
      "accused of racism by campaign groups after figures showed a rise.");
  EXPECT_EQ(r.ClaimSpeaker("he took money"), "the newspaper <the newspaper>");
  EXPECT_EQ(r.ClaimSpeaker("a rise"), "figures <figures>");
}
TEST(SpeakerTest, ASubjectNamedAfterALowercaseRoleIsWhomHeStandsFor) {
  // "Republican pollster Walt Ames studied …. “…,” he said": the pollster,
  // not the last man who spoke.
  Analyzed r("Campaign manager Dan Marsh released a memo. " + Q("The path is clear,") +
             " he wrote. Republican pollster Walt Ames studied the numbers. " + Q("He is in trouble,") +
             " he said.");
  EXPECT_EQ(r.QuoteSpeaker("The path is clear"), "Dan Marsh <he>");
  EXPECT_EQ(r.QuoteSpeaker("He is in trouble"), "Walt Ames <he>");
}
TEST(SpeakerTest, ADocumentOrAnAdSaysWhatItContains) {
  Analyzed r("Tom Hale keeps a framed note from the mayor on his wall. " + Q("Tom, you are a loser!") +
             " the note says. One Growth Fund ad argues that " + Q("only Ann Lee can win this race."));
  EXPECT_EQ(r.QuoteSpeaker("Tom, you are a loser!"), "the note <the note>");
  EXPECT_EQ(r.QuoteSpeaker("only Ann Lee can win this race."), "One Growth Fund ad <One Growth Fund ad>");
}
TEST(SpeakerTest, AVerbJoinedAfterItsFirstConjunctsObjectSharesTheSubject) {
  Analyzed r(
      "Tom Hale, a spokesman for the mayor, called on the governor to withdraw his remarks and said "
      "he had hit a " +
      Q("new low."));
  EXPECT_EQ(r.QuoteSpeaker("new low."), "Tom Hale <Tom Hale>");
}
TEST(SpeakerTest, OneUnnamedMemberOfAPartySpeaksNotTheParty) {
  Analyzed r(Q("The campaign has been reluctant,") +
             " one senior Democrat said. Rep. Tom Hale, a Republican "
             "seeking the seat, said the race was close.");
  EXPECT_EQ(r.QuoteSpeaker("The campaign has been reluctant"), "one senior Democrat <one senior Democrat>");
  EXPECT_EQ(r.ClaimSpeaker("the race was close"), "Tom Hale <Rep. Tom Hale>");
}
TEST(SpeakerTest, APostmodifierPastAPossessivesMarkStillHoldsItsPeople) {
  Analyzed r("People with direct knowledge of Voss' work said he had moved the money.");
  EXPECT_EQ(r.ClaimSpeaker("he had moved the money"),
            "People with direct knowledge of Voss' work <People with direct knowledge of Voss' work>");
}
TEST(ClaimTest, AThingMentionedIsNoReport) {
  // "mentions her grandson in speeches", "when he mentions the bridge":
  // a thing mentioned; "mentions she might paint the kitchen" reports.
  Analyzed r(
      "The candidate often mentions her grandson in speeches. The tenant mentions she might paint "
      "the kitchen.");
  ASSERT_EQ(r.a.claims.size(), 1u);
  EXPECT_EQ(r.ClaimSpeaker("she might paint the kitchen"), "The tenant <The tenant>");
}
TEST(SpeakerTest, ALongOpeningChainOfPhrasesWithNoVerbStandsBeforeTheSubject) {
  // Fifteen tokens of prepositional phrases, then the comma and the subject.
  Analyzed r(
      "On the night of her narrow victory in the race for a third term as head of the council in June, "
      "Ann Lee rallied supporters by warning that " +
      Q("the town is in danger."));
  EXPECT_EQ(r.QuoteSpeaker("the town is in danger."), "Ann Lee <Ann Lee>");
  // A verb inside makes it a clause, not an opening phrase.
  Analyzed v(
      "On Friday evening Ann Lee made a second attempt to rebut the criticism of the board, "
      "writing that " +
      Q("the town is in danger."));
  EXPECT_EQ(v.QuoteSpeaker("the town is in danger.").rfind("Ann Lee <", 0), 0u)
      << v.QuoteSpeaker("the town is in danger.");
}
}  // namespace
}  // namespace claimcheck

namespace claimcheck {
namespace {

// A quote inside the clause of someone's claim is theirs: "her claim that
// she “…”"; a person indicates what they mean ("Moreno indicated that …"),
// after an opening phrase too.
TEST(SpeakerTest, QuoteInsideAClaimNounsClauseIsItsOwners) {
  Analyzed r(
      "Mrs Okafor defended her record on Tuesday. The questions were about her claim that she "
      "\u201Cnever met or spoke to the lobbyist\u201D before the vote.");
  EXPECT_EQ(r.QuoteSpeaker("never met or spoke to the lobbyist"), "Okafor <her>");
  Analyzed ind(
      "In response to questions, Moreno indicated that officials \u201Cshould have known\u201D better.");
  EXPECT_EQ(ind.ClaimSpeaker("officials \u201Cshould have known\u201D better"), "Moreno <Moreno>");
}

// A pronoun does not stand for a person named later in its own clause:
// "“…,” he told Vance" is not Vance speaking; past a comma the name may be
// the pronoun's ("Despite what he wrote, Cross said").
TEST(SpeakerTest, APronounIsNotThePersonNamedLaterInItsClause) {
  Analyzed r(
      "Vance supporter Ray Dulski told the senator that he had driven from Toledo. Vance "
      "said the bill would help workers.\n\n\u201CWe have been failed by the program,\u201D he told Vance.");
  EXPECT_EQ(r.QuoteSpeaker("We have been failed by the program"), "Ray Dulski <he>");
}

// A name used as a modifier after a possessive pronoun ("their Triple Crown
// hopes") is no person a later "he" can be.
TEST(SpeakerTest, ANameModifyingANounAfterAPossessiveIsNoPerson) {
  Analyzed r(
      "Fly-half Ciaran Dunne hailed the win. The number 10 kicked 17 points to keep alive their "
      "Triple Crown hopes. He told the BBC: \u201CIt was scrappy but a win is a win.\u201D");
  EXPECT_EQ(r.QuoteSpeaker("It was scrappy but a win is a win."), "Ciaran Dunne <He>");
}

// Letters after a name are no part of it ("Mark Garrow MP"), and a name
// right after "the" ("The Lib Dems") is a party, not a "he".
TEST(SpeakerTest, PostNominalLettersAndAPartyAfterTheAreNoHe) {
  Analyzed r(
      "The Lib Dems called for an inquiry and said ministers had resigned over less. "
      "Tory backbencher Mark Garrow MP demanded an apology.\n\nRaising the matter in the chamber, he "
      "said it was \u201Cthe worst in a long run of insults to this chamber\u201D.");
  EXPECT_EQ(r.QuoteSpeaker("the worst in a long run of insults to this chamber"), "Mark Garrow <he>");
}

// Quotes joined by "and" in one sentence are one speaker's.
TEST(SpeakerTest, QuotesJoinedByAndShareTheirSpeaker) {
  Analyzed r(
      "Guns are \u201Cthe gravest public health threat\u201D and \u201Charm children\u2019s "
      "health,\u201D Lena Brook, the former governor of Maine, proclaimed on Tuesday.");
  EXPECT_EQ(r.QuoteSpeaker("the gravest public health threat"), "Lena Brook <Lena Brook>");
  EXPECT_EQ(r.QuoteSpeaker("harm children\u2019s health"), "Lena Brook <Lena Brook>");
}

TEST(FigureTest, ACurrencySignOutsideAsciiOpensTheFigure) {
  // £, € and ¥ are signs, not letters: "£1,700" is one figure, not "700".
  Analyzed r("It costs \u00A31,700 a year and \u20AC2.5bn in all; the yen fell to \u00A5110.");
  std::vector<std::string> got;
  for (const Figure& f : r.a.figures) got.push_back(r.At(f.span));
  EXPECT_EQ(got, (std::vector<std::string>{"\u00A31,700", "\u20AC2.5bn", "\u00A5110"}));
}
TEST(SpeakerTest, ANameInMojibakeStaysOneName) {
  // UTF-8 read as Latin-1 ("Jos\u00C3\u00A9" for "Jos\u00E9"; "PeA\u0303\u00B1a" with the
  // A decomposed): the sign after a letter outside ASCII is part of the word.
  Analyzed r(Q("We will not pay,") + " said Jos\u00C3\u00A9 Cruz. " + Q("Nor will we,") +
             " said Eduardo PeA\u0303\u00B1a Ruiz.");
  EXPECT_EQ(r.QuoteSpeaker("We will not pay"), "Jos\u00C3\u00A9 Cruz <Jos\u00C3\u00A9 Cruz>");
  EXPECT_EQ(r.QuoteSpeaker("Nor will we"), "Eduardo PeA\u0303\u00B1a Ruiz <Eduardo PeA\u0303\u00B1a Ruiz>");
}
TEST(SpeakerTest, HeInAClauseOfTimeIsTheSubjectNamedWithATitle) {
  // A "he" after the sentence's own subject, a title and a name, is that
  // subject, not the speaker of the sentence before.
  Analyzed r(
      "Vance has said the verdict should be overturned. President Ellison prompted outrage "
      "among liberals in 2012 when he blasted the verdict in his address.");
  EXPECT_EQ(r.ClaimSpeaker("the verdict in his address"), "Ellison <he>");
}
TEST(CueTest, PonderedReportsABelief) {
  Analyzed r("Dr. Jane Roe pondered whether the council might act.");
  EXPECT_EQ(r.ClaimSpeaker("whether the council might act"), "Jane Roe <Dr. Jane Roe>");
}
TEST(CueTest, AGradedParticipleIsAnAdjective) {
  // "most telling": an adjective, not a verb of telling with "Perhaps" as its speaker.
  Analyzed r("Perhaps most telling, though, was the silence.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(SpeakerTest, AVerbBeforeTheNameAndAColonEndingItsParagraph) {
  // "Stated Quennell:" closes its paragraph; the quote follows in the next.
  Analyzed r("Quennell spoke on the radio.\n\nStated Quennell:\n\n" +
             Q("I believe the risks are so great that they would try anything.") + "\n");
  EXPECT_EQ(r.QuoteSpeaker("I believe the risks are so great that they would try anything."),
            "Quennell <Quennell>");
}
TEST(SpeakerTest, ANameOpeningAClauseOfTimeWithAnAsideSpeaks) {
  // "after Mr. Vance, asked about …, had said, “…”": the name after the
  // conjunction opens the clause whose verb reports the quote.
  Analyzed r("The issue came up after Mr. Vance, asked about the jailing of reporters, had said, " +
             Q("I think our side has made mistakes too.") +
             " It came up again later, "
             "after Mr. Pryce, the senator, had said, " +
             Q("We have not."));
  EXPECT_EQ(r.QuoteSpeaker("I think our side has made mistakes too."), "Vance <Mr. Vance>");
  EXPECT_EQ(r.QuoteSpeaker("We have not."), "Pryce <Mr. Pryce>");
}
TEST(SpeakerTest, WordsCalledSomeonesClaimAreTheCallers) {
  // "calling Hale's charge “pathetic”": the quote is what the caller calls
  // the charge, not the charge's owner's words.
  Analyzed r(
      "The mayor warned the vote would be rigged. A spokesman for his rival, Ben Cole, "
      "responded on Twitter, calling the mayor's charge " +
      Q("pathetic") + ".");
  EXPECT_EQ(r.QuoteSpeaker("pathetic"), "Ben Cole <Ben Cole>");
}
TEST(SpeakerTest, AMessageToSomeoneBeforeAColonIsTheSendersQuote) {
  Analyzed r("Senate Majority Leader Ann Marsh delivered a blunt message to Vance: " +
             Q("It's time to stop picking fights and stick to the plan."));
  EXPECT_EQ(r.QuoteSpeaker("It's time to stop picking fights and stick to the plan."),
            "Ann Marsh <Senate Majority Leader Ann Marsh>");
}
TEST(SpeakerTest, APartysWordBeforeAFirstNameIsNoPartOfTheName) {
  Analyzed r("Conservative Michael Pryce is to appear next month. " + Q("We will win,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("We will win"), "Michael Pryce <he>");
}
TEST(SpeakerTest, APossessiveSpeechNounThenWasThatOwnsTheQuote) {
  Analyzed r("Tom Vance spoke at the rally. Vance\u2019s answer was that " + Q("the bridge will be built,") +
             " and the crowd cheered.");
  EXPECT_EQ(r.QuoteSpeaker("the bridge will be built"), "Tom Vance <Vance\u2019s>");
}
TEST(ClaimTest, AClauseOpeningOnANumberIsReported) {
  // "thinks 2006's films have …": a bare clause whose subject opens on a
  // number; the thinker is then who a later "he" stands for.
  Analyzed r(
      "Critics were quiet, said Dan Kerrigan. Film Weekly's US editor Mark Dunmore "
      "thinks 2006's films have largely failed to excite the public. " +
      Q("Studios haven't made films that people love,") + " he said.");
  EXPECT_EQ(r.ClaimSpeaker("2006's films have largely failed to excite the public"),
            "Mark Dunmore <Mark Dunmore>");
  EXPECT_EQ(r.QuoteSpeaker("Studios haven't made films that people love"), "Mark Dunmore <he>");
}
TEST(SpeakerTest, AKindOfPersonNamesThePersonTheStoryNamesMost) {
  // "the candidate": no one was given it as a title, so it is the person the
  // story is about, not the aide quoted last.
  Analyzed r(
      "Maria Lopez held a rally in Ohio. Lopez told the crowd she would win. "
      "Her campaign manager, Tom Reed, said turnout was high. "
      "The candidate said " +
      Q("we will carry this state") + " on Sunday.");
  EXPECT_EQ(r.QuoteSpeaker("we will carry this state"), "Maria Lopez <The candidate>");
  // A gendered kind skips a person of the other gender.
  Analyzed g(
      "Paul Hart and Paul Hart's lawyer met Anna Cole. Hart spoke first. "
      "The actress said " +
      Q("I am pleased") + ".");
  EXPECT_EQ(g.QuoteSpeaker("I am pleased"), "Anna Cole <The actress>");
  // An office brings in someone new: "the spokesman" stays as written.
  Analyzed s(
      "Maria Lopez held a rally in Ohio. Lopez spoke for an hour. "
      "The spokesman said " +
      Q("the crowd was large") + ".");
  EXPECT_EQ(s.QuoteSpeaker("the crowd was large"), "The spokesman <The spokesman>");
}

TEST(SpeakerTest, ASectionHeadedByANameIsNoClaim) {
  // A name, a colon and a few words with no verb head a section of a
  // story; a name and a colon before a sentence still report it.
  Analyzed r(
      "Delaney: A late surge.\n\nThe governor closed the gap over the last week.\n\n"
      "Okafor: We are tired of waiting for the bridge.");
  EXPECT_EQ(r.ClaimSpeaker("A late surge"), "(no claim “A late surge”)");
  EXPECT_EQ(r.ClaimSpeaker("We are tired of waiting for the bridge"), "Okafor <Okafor>");
  // An interjection that opens a headline names no one.
  Analyzed h("Wow: Senator Just Said Something Nobody Expected\n\nThe senator spoke on Monday.");
  EXPECT_EQ(h.ClaimSpeaker("Senator Just Said Something Nobody Expected"),
            "(no claim “Senator Just Said Something Nobody Expected”)");
}

TEST(SpeakerTest, APronounAfterASentenceWhoseSecondClauseNamesItsSubject) {
  // The sentence before opens on no one ("that"); the one man it names as
  // the subject of a clause of his own is "he", not the man named earlier.
  Analyzed r(
      "Peter Vance said the race was over. It was a bad week for the field, and since then "
      "Tom Okoro has seen his support fall. " +
      Q("I am still here,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("I am still here"), "Tom Okoro <he>");
  // Not a man named inside what that sentence reports.
  Analyzed s("Peter Vance spoke to the crowd. Some voters thought Tom Okoro had no chance. " +
             Q("We will win,") + " he said.");
  EXPECT_EQ(s.QuoteSpeaker("We will win"), "Peter Vance <he>");
}

TEST(SpeakerTest, WordsQuotedInTheSubjectsClauseAreTheSubjects) {
  // A partial quote after a verb that is no verb of saying ("credited …
  // to “…”") is the words of the sentence's subject, when the story gives
  // that subject words elsewhere.
  Analyzed r("Maria Lopez said the count was unfair. Lopez credited her rival's win to " +
             Q("a closed primary that shut out independents") + ".");
  EXPECT_EQ(r.QuoteSpeaker("a closed primary that shut out independents"), "Maria Lopez <Lopez>");
  // Not when the sentence reports someone else's words, nor after a
  // possessive, nor for a subject the story never quotes.
  Analyzed s("Maria Lopez said the count was unfair. Lopez should " + Q("stick to her guns and fight on") +
             ", her rival Tom Reed insisted.");
  EXPECT_EQ(s.QuoteSpeaker("stick to her guns and fight on"), "Tom Reed <Tom Reed>");
  Analyzed t("Maria Lopez said the count was unfair. The economy grew, but " +
             Q("deep and lasting reform is still needed") + ".");
  EXPECT_EQ(t.QuoteSpeaker("deep and lasting reform is still needed"), "(none)");
}

TEST(ClaimTest, AVerbOfSayingBeforeAClauseWithNoThat) {
  // A name or a phrase with an article, then an auxiliary or "be" a few
  // words on: a clause reported with no "that".
  Analyzed r("The host noted Latinos and Asians have a harder time getting cast.");
  EXPECT_EQ(r.ClaimSpeaker("Latinos and Asians have a harder time getting cast"), "The host <The host>");
  // Not a relative with no pronoun on the object, nor a relative on it.
  Analyzed s("Mr Reed explained the dire situation the mayor is facing in the polls.");
  EXPECT_EQ(s.ClaimSpeaker("the dire situation the mayor is facing in the polls"),
            "(no claim “the dire situation the mayor is facing in the polls”)");
  Analyzed t("Ms Cole stressed the confidence that has defined her campaign.");
  EXPECT_EQ(t.ClaimSpeaker("the confidence that has defined her campaign"),
            "(no claim “the confidence that has defined her campaign”)");
}

TEST(SpeakerTest, AFaceOrAVoiceAfterAQuoteIsAVerbOfSaying) {
  Analyzed r(Q("This is fantastic!") + " beamed Dana Hart of Springfield, who had come to watch.");
  EXPECT_EQ(r.QuoteSpeaker("This is fantastic!"), "Dana Hart of Springfield <Dana Hart of Springfield>");
  Analyzed s("Lopez leaned in and boomed: " + Q("We will win in November."));
  EXPECT_EQ(s.QuoteSpeaker("We will win in November."), "Lopez <Lopez>");
}

TEST(SpeakerTest, WhomTheSubjectSpokeToIsNotTheSubject) {
  Analyzed r("A senior aide speaking to reporters said, " + Q("The vote will be close."));
  EXPECT_EQ(r.QuoteSpeaker("The vote will be close."), "A senior aide <A senior aide>");
  Analyzed s(Q("We have a path,") + " added campaign manager Tom Reed, speaking to CNN after the rally.");
  EXPECT_EQ(s.QuoteSpeaker("We have a path"), "Tom Reed <campaign manager Tom Reed>");
}

TEST(SpeakerTest, TwoOfficesJoinedByAndBeforeTheName) {
  Analyzed r(Q("That is what he did,") + " said former Ohio Gov. and Party Chairman Ed Randall.");
  EXPECT_EQ(r.QuoteSpeaker("That is what he did"),
            "Ed Randall <former Ohio Gov. and Party Chairman Ed Randall>");
}

TEST(SpeakerTest, WordsAfterAColonAreTheClausesSubjects) {
  // A colon closing a clause with no verb of saying: its subject speaks.
  Analyzed r("Mr Dean is confident though: " + Q("Shoppers will come round to it."));
  EXPECT_EQ(r.QuoteSpeaker("Shoppers will come round to it."), "Mr Dean <Mr Dean>");
  // A possessive before a noun of saying gives the words to its owner.
  Analyzed s("Rachel Hurst said she would vote. Hurst's letter makes a simple case: " +
             Q("Followers of the faith deserve a say."));
  EXPECT_EQ(s.QuoteSpeaker("Followers of the faith deserve a say."), "Rachel Hurst <Hurst's>");
  // Not a possessive alone; the people it owns, when a noun for people ends
  // the phrase ("questioners" of "Vance's first questioners").
  Analyzed t("The talks stalled. Vance's first questioners were hostile: " +
             Q("Is it time to change course?"));
  EXPECT_EQ(t.QuoteSpeaker("Is it time to change course?"),
            "Vance's first questioners <Vance's first questioners>");
  Analyzed u("The talks stalled. Vance's stance was clear: " + Q("We will not change course now."));
  EXPECT_EQ(u.QuoteSpeaker("We will not change course now."), "(none)");
}

TEST(SpeakerTest, AnyNounBeforeANameAfterAnInvertedVerb) {
  Analyzed r(Q("I will not apologise,") + " said retired neurosurgeon Ben Carver.");
  EXPECT_EQ(r.QuoteSpeaker("I will not apologise"), "Ben Carver <retired neurosurgeon Ben Carver>");
  // Not a word of time between the verb and what it reports.
  Analyzed s("The mayor said last week Ben Carver would visit.");
  EXPECT_EQ(s.ClaimSpeaker("last week Ben Carver would visit"), "The mayor <The mayor>");
}

TEST(ClaimTest, ARelativeSetOffByCommasInsideTheReportedSubject) {
  Analyzed r(
      "Critics claim the bill, which the ministry says is vital, is little more than a ban on protest.");
  EXPECT_EQ(
      r.ClaimSpeaker("the bill, which the ministry says is vital, is little more than a ban on protest"),
      "Critics <Critics>");
}

TEST(SpeakerTest, APronounAfterASentenceWhoseSubjectIsATitleAndAName) {
  // The sentence before opens on a title and a name, not on the name alone:
  // the pronoun is that person, not the last speaker.
  Analyzed r("Coach Eddie Walsh praised his side. " + Q("We did well,") +
             " Walsh said.\n\n"
             "Scrum-half Peter Lacey was also glad that Ireland won. " +
             Q("They earned every point,") + " he told BBC Sport.");
  EXPECT_EQ(r.QuoteSpeaker("They earned every point"), "Peter Lacey <he>");
}

TEST(SpeakerTest, AChairmanMayBeAShe) {
  // "chairman" and "spokesman" are given to women too: the title says
  // nothing of the gender, so "She" may take up the chairman.
  Analyzed r(
      "Mr Dobbs said the seats were safe. Party chairman Anne Ruddock urged the two men to resign. "
      "She said: " +
      Q("We have taken legal advice."));
  EXPECT_EQ(r.QuoteSpeaker("We have taken legal advice."), "Anne Ruddock <She>");
}

TEST(SpeakerTest, TwoCapitalisedWordsBeforeATitleNameTheOffice) {
  Analyzed r("Rural Affairs Minister Tom Ellis said the talks would resume.");
  EXPECT_EQ(r.ClaimSpeaker("the talks would resume"), "Tom Ellis <Rural Affairs Minister Tom Ellis>");
}

TEST(SpeakerTest, ASpeakerNounInsideAFirmsNameIsNoHead) {
  // "Group" is a word of the firm's name: the description runs on to the
  // analyst's name.
  Analyzed r("Damage will be modest, said Harwood Equity Group insurance analyst Jay Gellman.");
  EXPECT_EQ(r.ClaimSpeaker("Damage will be modest"),
            "Jay Gellman <Harwood Equity Group insurance analyst Jay Gellman>");
}

TEST(SpeakerTest, APronounCarriedThroughSentencesThatOpenOnIt) {
  // Two sentences open on "She" after the coach is introduced: the quote's
  // "she" is still the coach, not the woman who spoke before her.
  Analyzed r(
      "Dorothy Pryor said she was sad. Boxing coach Tendai Moyo remembered the champion. "
      "She was ringside in 1974. She saw every round. " +
      Q("He always winked at me,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("He always winked at me"), "Tendai Moyo <she>");
}

TEST(SpeakerTest, APronounsClauseClosedByAColonBeforeAQuote) {
  // No verb of saying: the clause's subject, "She", says what follows the
  // colon, and stands for the person named before.
  Analyzed r("Senator Amy Lutz met the strikers on Monday. She was blunt about the offer: " +
             Q("Nobody here will take it."));
  EXPECT_EQ(r.QuoteSpeaker("Nobody here will take it."), "Amy Lutz <She>");
  // A clause that already has its own cue keeps it, and makes no new claim.
  Analyzed s("Senator Amy Lutz met the strikers. She went on: " + Q("Nobody here will take it."));
  EXPECT_EQ(s.QuoteSpeaker("Nobody here will take it."), "Amy Lutz <She>");
}

TEST(SpeakerTest, ATitleGivenToANameAlreadyKnownIsKept) {
  // The person is first named in apposition, with no title; a later
  // "President Ortega" gives him the title "the president" refers to.
  Analyzed r(
      "The country's new president, Luis Ortega, has said taxes will fall. The cuts came days before "
      "President Ortega was sworn in. " +
      Q("People are scared to spend their savings,") + " the president told a cabinet session.");
  EXPECT_EQ(r.QuoteSpeaker("People are scared to spend their savings"), "Luis Ortega <the president>");
}

TEST(SpeakerTest, ATitleWrittenWithAPrefixIsATitle) {
  // "Under-Secretary" is a title before the name, so the name is the
  // person's and a later "he" finds him; a double-barrelled name whose last
  // part is a title word is still a name.
  Analyzed r(
      "Mr Green said it was gaining ground. But Treasury Under-Secretary Jon Tyler said the scheme "
      "would fail. " +
      Q("We are determined to cut debt,") + " he said.");
  EXPECT_EQ(r.ClaimSpeaker("the scheme would fail"), "Jon Tyler <Treasury Under-Secretary Jon Tyler>");
  EXPECT_EQ(r.QuoteSpeaker("We are determined to cut debt"), "Jon Tyler <he>");
  Analyzed s("Chief executive Magnus Ewing-King said sales would rise.");
  EXPECT_EQ(s.ClaimSpeaker("sales would rise"), "Magnus Ewing-King <Magnus Ewing-King>");
}

TEST(SpeakerTest, AQuoteInTheOpeningClauseOfTheSentenceBefore) {
  // The word quoted in the "When …" clause is no one's speech in the main
  // clause: its subject is still the one the next "he" stands for.
  Analyzed r("Ron Dale spoke first. When Mr. Dale tried to defend calling the junta " + Q("firm") +
             " in a speech in 1990, Mr. Ames forcefully differed. " + Q("That junta jailed students,") +
             " he said.");
  EXPECT_EQ(r.QuoteSpeaker("That junta jailed students"), "Ames <he>");
}

TEST(SpeakerTest, APronounAfterAToFrameThatOpensOnAPerson) {
  // "To X, …" gives X's view; the "he" of the next quote is X.
  Analyzed r(
      "Ray Pierce said the party was united. To Ohio consultant Dale Wynn, the official line is plain "
      "silly. " +
      Q("They are whistling past the graveyard,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("They are whistling past the graveyard"), "Dale Wynn <he>");
  // Not a place after a preposition inside the frame.
  Analyzed s(
      "Mr Pierce said places could be set aside. For example in East Marden, this might let only local "
      "people apply. " +
      Q("We cannot carry on like this,") + " he said.");
  EXPECT_EQ(s.QuoteSpeaker("We cannot carry on like this"), "Pierce <he>");
}

TEST(SpeakerTest, AnAdverbWithNoCommaThenANameOpensTheClause) {
  // "And then Lowe went …, saying": the name after the adverb is the
  // subject the participle's quote belongs to.
  Analyzed r(
      "Then came another post about the flood. And then Lowe went straight on the offensive, saying, " +
      Q("Will the mayor finally step down?"));
  EXPECT_EQ(r.QuoteSpeaker("Will the mayor finally step down?"), "Lowe <Lowe>");
}

TEST(SpeakerTest, AVerbOfStanceAfterOfIsANoun) {
  // "messages of support" names messages; "support" is no verb whose
  // subject says the next quote.
  Analyzed r("Jacobs said that the inboxes were full of messages of support for the senator. " +
             Q("Like him or not, he had an impact."));
  EXPECT_EQ(r.QuoteSpeaker("Like him or not, he had an impact."), "Jacobs <Jacobs>");
}

TEST(SpeakerTest, ABodysNameRunsOnOverForAndOn) {
  // "for" and "on" after a word of a body's name are inside the name.
  Analyzed r("The Institute for Fiscal Studies said taxes would rise.");
  EXPECT_EQ(r.ClaimSpeaker("taxes would rise"),
            "Institute for Fiscal Studies <The Institute for Fiscal Studies>");
  // So a person of that body, named before it, speaks.
  Analyzed s(Q("It is a stretch,") + " Carl Brandt of the Ridley Center for Arms Control Studies wrote.");
  EXPECT_EQ(s.QuoteSpeaker("It is a stretch"),
            "Carl Brandt <Carl Brandt of the Ridley Center for Arms Control Studies>");
}

TEST(SpeakerTest, AQuoteInItsOwnSentencesReportIsNotInheritedFromTheSentenceBefore) {
  // The quote opens its sentence, but the sentence's own report, after it,
  // names who says it; the report of the sentence before does not.
  Analyzed r("Polls show the mayor up by 10 points. " + Q("Many would call that an embarrassment") +
             " if she did not win by more, said Dana Wiest, an analyst at the Civic Report.");
  EXPECT_EQ(r.QuoteSpeaker("Many would call that an embarrassment"), "Dana Wiest <Dana Wiest>");
}

TEST(SpeakerTest, HeresANameAndADateBeforeAColon) {
  // "Here's X in December 1992: “…”": X says it; the date is when.
  Analyzed r("Senator Ruth Okafor ran as a reformer.\n\nHere's Okafor in December 1992: " +
             Q("Our new course must rest on the hard facts of a changing economy."));
  EXPECT_EQ(r.QuoteSpeaker("Our new course must rest on the hard facts of a changing economy."),
            "Ruth Okafor <Okafor>");
}

TEST(SpeakerTest, ABodysAcronymClosingAClauseBeforeAColon) {
  // "AS offers one viewpoint: “…”": an acronym names a body, as a name does.
  Analyzed r("The papers were split. On a tense evening, ABC offers one undeniable viewpoint: " +
             Q("The home side played better football than the visitors."));
  EXPECT_EQ(r.QuoteSpeaker("The home side played better football than the visitors."), "ABC <ABC>");
}

TEST(SpeakerTest, AOneWordNameAfterANounOfKin) {
  // "his son Owen" is a person, a "he"; a later "he said" after a clause
  // about him is his.
  Analyzed r("The speech had been opened by his son Owen, a junior doctor, who praised his father. " +
             Q("He has never let me down,") + " he said.");
  EXPECT_EQ(r.QuoteSpeaker("He has never let me down"), "Owen <he>");
}

TEST(SpeakerTest, ASuperlativeBeforeOnePersonRunsOnToThePossessive) {
  // "the region's most senior engineer": "most" is the superlative's, not
  // a quantifier opening the phrase; the report before the comma is his.
  Analyzed r(
      "Flood defences might fail within a decade, the region's most senior engineer has said. "
      "Prices will rise, the most senior economist at the bank said.");
  EXPECT_EQ(r.ClaimSpeaker("Flood defences might fail within a decade"),
            "the region's most senior engineer <the region's most senior engineer>");
  EXPECT_EQ(r.ClaimSpeaker("Prices will rise"),
            "the most senior economist at the bank <the most senior economist at the bank>");
}

TEST(SpeakerTest, ASuperlativeBeforeAPluralStillCountsAPartOfAGroup) {
  Analyzed r("The bank promised a cut, which even the most optimistic economists doubt will come.");
  const Claim* c = r.ClaimWith("will come");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.At(c->attribution.speaker_span), "most optimistic economists");
}

TEST(CueTest, ACompoundOfTwoCapitalisedPartsAfterAnArticleMakesTheWordANoun) {
  // "the Sino-Japanese dispute": a noun, not a verb whose subject is the compound.
  Analyzed r(
      "The envoy stayed neutral in the Sino-Japanese dispute so that trade talks could resume. "
      "The US-China claims were heard in Geneva.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(ClaimTest, ANamePutForwardWithAsIsAgentless) {
  Analyzed r(
      "The deputy mayor has been mentioned as a possible successor. "
      "Her name is being floated as a running mate. "
      "The deputy mayor was mentioned in the report.");
  const Claim* c = r.ClaimWith("The deputy mayor has been mentioned as a possible successor");
  ASSERT_NE(c, nullptr);
  EXPECT_TRUE(c->agentless);
  EXPECT_EQ(r.Cue(c->attribution), "has been mentioned");
  const Claim* f = r.ClaimWith("Her name is being floated as a running mate");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->agentless);
  EXPECT_EQ(r.ClaimWith("The deputy mayor was mentioned in the report"), nullptr);
}

TEST(SpeakerTest, APronounOpeningAClauseJoinedByButIsTheFirstClausesSubject) {
  // The name opens the first clause and a verb follows it; "she" opens the
  // clause joined by ", but": the same person, not the woman named before.
  Analyzed r(
      "Quill said the plan would work. Debbie Smith chose four members. "
      "Quill has taken a muddled stance, but she has said that her party backs a shorter week.");
  EXPECT_EQ(r.ClaimSpeaker("her party backs a shorter week"), "Quill <she>");
}

TEST(ClaimTest, AComparisonWithWhatWasExpectedReportsNothing) {
  Analyzed r(
      "The stronger than expected sales figures had a swift effect on share prices. "
      "Orders rose faster than previously forecast in the spring.");
  EXPECT_TRUE(r.a.claims.empty());
}

TEST(SpeakerTest, TheGroupIsNotAPersonNamedWithAGivenName) {
  // "The group said" after a person whose rank stayed in the name: no
  // known given name comes first, but one stands before the surname.
  Analyzed r(
      "Former Scots Guardsman Michael Tarrant will stand in Perth. The group said it has 350 volunteers.");
  EXPECT_EQ(r.ClaimSpeaker("it has 350 volunteers"), "The group <The group>");
}

TEST(ClaimTest, AClauseOfTimeAfterAClauseFinalReportSaysWhenNotWhat) {
  Analyzed r(
      "The campaign has lost its way, the delegate said as she left the hall. "
      "Rates will rise, the governor said while leaving the bank. "
      "The minister said as many as 2,500 schools could be inspected.");
  EXPECT_EQ(r.ClaimSpeaker("The campaign has lost its way"), "the delegate <the delegate>");
  EXPECT_EQ(r.ClaimSpeaker("Rates will rise"), "the governor <the governor>");
  EXPECT_EQ(r.ClaimSpeaker("as many as 2,500 schools could be inspected"), "The minister <The minister>");
}

TEST(SpeakerTest, WordsAfterAColonAreABodyNamedByItsModifierOrAnAppositivesName) {
  // A body named by a capitalised modifier of its noun, past an aside.
  Analyzed r("The Labour campaign, in a note to members, put it more bluntly: " +
             Q("The bridge will close next year."));
  EXPECT_EQ(r.QuoteSpeaker("The bridge will close next year."), "The Labour campaign <The Labour campaign>");
  // A name in apposition to a description; a weekday before the colon is no name.
  Analyzed s("One early backer, Senator Mia Holt, tried the line in an interview on Tuesday: " +
             Q("You can easily argue that the plan is dead."));
  EXPECT_EQ(s.QuoteSpeaker("You can easily argue that the plan is dead."),
            "Senator Mia Holt <Senator Mia Holt>");
  // Not the sentence's first word as a modifier.
  Analyzed t("Partial transcript as follows: " + Q("We will not pay for the bridge."));
  EXPECT_EQ(t.QuoteSpeaker("We will not pay for the bridge."), "(none)");
}

TEST(QuoteTest, APhraseOfAdverbsBetweenTheVerbAndTheQuote) {
  Analyzed r("Martha Quinn spoke last. She concluded so calmly and firmly, " +
             Q("Let us finish what we started.") +
             " Analysts said they would press more firmly that the bank cut rates.");
  EXPECT_EQ(r.QuoteSpeaker("Let us finish what we started."), "Martha Quinn <She>");
  // (Not before "that": "press more firmly that …" stays no report.)
  EXPECT_EQ(r.ClaimWith("the bank cut rates"), nullptr);
}

TEST(SpeakerTest, ABareTitleOpeningTheNextSentenceIsTheLeadsSubject) {
  // The lead names one person in full, with no title; "The MEP" opening
  // the next sentence is the second reference to that person.
  Analyzed r(
      "Former jockey Tom Hale has left the Green Party and accused it of cowardice. "
      "The MEP said he regretted ever joining the party.");
  EXPECT_EQ(r.ClaimSpeaker("he regretted ever joining the party"), "Tom Hale <The MEP>");
  // Two people named in the sentence before: no telling which.
  Analyzed t(
      "Tom Hale met Ana Ruiz in Leeds on Monday. "
      "The judge said the hearing would resume in May.");
  EXPECT_EQ(t.ClaimSpeaker("the hearing would resume in May"), "The judge <The judge>");
}

TEST(SpeakerTest, APostmodifierAfterAnInvertedVerbEndsAtAPhraseOfMediumOrTime) {
  Analyzed r(Q("Cancellations are not unusual,") + " wrote analysts from Halden Bank in a note to clients. " +
             Q("Bookings will hold up,") + " said officials in a statement. " + Q("Prices will rise,") +
             " wrote analysts from Halden Bank on Friday.");
  EXPECT_EQ(r.QuoteSpeaker("Cancellations are not unusual"),
            "analysts from Halden Bank <analysts from Halden Bank>");
  EXPECT_EQ(r.QuoteSpeaker("Bookings will hold up"), "officials <officials>");
  EXPECT_EQ(r.QuoteSpeaker("Prices will rise"), "analysts from Halden Bank <analysts from Halden Bank>");
  // Past a bare time after the addressee, a pronoun and its verb open the report.
  Analyzed t("The senator told reporters on Thursday he viewed the plan as a failure.");
  EXPECT_EQ(t.ClaimSpeaker("he viewed the plan as a failure"), "The senator <The senator>");
}

TEST(SpeakerTest, AnAsideOpenedByWhoseRunsToTheCommaBeforeTheVerb) {
  // The aside holds a list with commas of its own; the phrase opening the
  // sentence speaks, not the last name in the list.
  Analyzed r(
      "Mia Holt hosted the dinner. The award-winning actor, whose films include Grey Harbour, "
      "Blue Moon and Night Shift: The Return, said: " +
      Q("The theatre is too important to lose."));
  EXPECT_EQ(r.QuoteSpeaker("The theatre is too important to lose."), "Mia Holt <The award-winning actor>");
}

TEST(SpeakerTest, AParticipleAfterAGerundsPhraseTakesTheMainSubject) {
  // "for not supporting Hale": the gerund's subject is the main verb's
  // object; "declaring" after the comma is the main subject's.
  Analyzed r(
      "Tom Pryce has criticized Catholic voters for not supporting Hale, "
      "declaring that real Christians do not support Vance.");
  EXPECT_EQ(r.ClaimSpeaker("real Christians do not support Vance"), "Tom Pryce <Tom Pryce>");
}

TEST(SpeakerTest, ANameWithAgePlaceRegionAndARelativeClauseBeforeTheVerb) {
  Analyzed r(Q("Both men scare me,") +
             " Harry Bond, 34, of Durham, N.C., who was among those surveyed, "
             "said in a later interview.");
  EXPECT_EQ(r.QuoteSpeaker("Both men scare me"), "Harry Bond <Harry Bond>");
}

TEST(SpeakerTest, TwoNamesJoinedInApposition) {
  // Two people joined by "and" after a description: a given name or a
  // title says they are people (not "Technology and Intellectual
  // Property", a department).
  Analyzed r(
      "But the two leading Democrats, Tom J. Vance and Senator Ann Pryce, have questioned "
      "the plan. Two analysts, Peter Moran and Chris Hadley, found that the navy is the best.");
  EXPECT_EQ(r.ClaimSpeaker("the navy is the best"),
            "Peter Moran and Chris Hadley <Peter Moran and Chris Hadley>");
}

TEST(SpeakerTest, AnAgeBeforeTheDescriptionAfterAnInvertedVerb) {
  Analyzed r("Owen Pryce spoke first. " + Q("It has been a brilliant couple of weeks,") +
             " said 20-year-old history student Nick Varley.");
  EXPECT_EQ(r.QuoteSpeaker("It has been a brilliant couple of weeks"),
            "Nick Varley <20-year-old history student Nick Varley>");
  Analyzed t("The crowd cheered. 17-year-old Jared Pitt echoed: " +
             Q("She says what she thinks, and I like that."));
  EXPECT_EQ(t.QuoteSpeaker("She says what she thinks, and I like that."),
            "Jared Pitt <17-year-old Jared Pitt>");
}

TEST(ClaimTest, AnOpeningClauseReportsUpToTheCommaBeforeItsSpeaker) {
  // A participle of saying or a stance adjective opening the sentence: its
  // clause, up to the comma, is the belief or report of the subject after it.
  Analyzed r(
      "Insisting that the vote was fair, the board rejected the appeal. "
      "Worried the country might miss its target, the government proposed a levy. "
      "Certain groups, however, opposed the levy.");
  EXPECT_EQ(r.ClaimSpeaker("the vote was fair"), "the board <the board>");
  EXPECT_EQ(r.ClaimSpeaker("the country might miss its target"), "the government <the government>");
  for (const Claim& c : r.a.claims) EXPECT_EQ(r.At(c.content).find("opposed"), std::string::npos);
}

TEST(QuoteTest, ADashAndANameAfterTheQuoteCreditIt) {
  // The fact-check and quote-box convention, inline or as a line of its own.
  Analyzed r(Q("Nearly all new wealth is going to the richest 1 percent.") +
             " - Mia Holt. The senator is wrong.\n\n" + Q("I will look into it. I do not know the status.") +
             "\n\n- Tom Reed.\n\n" + "Ann Cole called the plan " + Q("a disgrace.") + "\n\n- Reuters.");
  EXPECT_EQ(r.QuoteSpeaker("Nearly all new wealth is going to the richest 1 percent."),
            "Mia Holt <Mia Holt>");
  EXPECT_EQ(r.QuoteSpeaker("I will look into it. I do not know the status."), "Tom Reed <Tom Reed>");
  // (A credit line after narration is the agency's, not the quote's.)
  EXPECT_EQ(r.QuoteSpeaker("a disgrace."), "Ann Cole <Ann Cole>");
}

TEST(CueTest, AWordBeforeAnAsideOfAttributionIsANoun) {
  // "Cost estimates, he added, were …": the aside interrupts the subject,
  // so "estimates" is no verb and "Cost" no speaker.
  Analyzed r(Q("We are not planning a new depot,") +
             " press secretary Josh Arnell said. "
             "Cost estimates, he added, were " +
             Q("drawn from a model design."));
  EXPECT_EQ(r.QuoteSpeaker("drawn from a model design."), "Josh Arnell <he>");
  for (const Claim& c : r.a.claims) EXPECT_NE(r.Cue(c.attribution), "estimates");
}

TEST(SpeakerTest, ASpokesmanForTheBodyIsNotTheBody) {
  // The one who speaks for a body, past its article, speaks as described.
  Analyzed r("A spokesman for the Harwell University Press said the term was already in other glossaries.");
  EXPECT_EQ(r.ClaimSpeaker("the term was already in other glossaries"),
            "A spokesman for the Harwell University Press <A spokesman for the Harwell University Press>");
}

TEST(SpeakerTest, HeAddedGoesOnFromTheLastSpeaker) {
  // "He added" opening the sentence after a report is the last speaker's,
  // not the last name's; a gender guessed from an earlier pronoun yields.
  Analyzed r("Allan Lindqvist studies campaigns. Her approach, she hopes, will work. " +
             Q("Why would you cozy up to him?") +
             " Lindqvist said about John Marsh's effort. "
             "He added, however, that in the end " +
             Q("Marsh could not escape the record."));
  EXPECT_EQ(r.QuoteSpeaker("Marsh could not escape the record."), "Allan Lindqvist <He>");
}

TEST(SpeakerTest, AKinNameAfterANamesApostropheIsTheShe) {
  // The apostrophe of "Rhodes'" is no quote mark: the sentence it opens is
  // about Rachel, and the "she" after it is hers.
  Analyzed r(
      "Danny Rhodes vanished in 1997. The report comes to nothing. "
      "Rhodes' sister Rachel makes a tearful TV appeal. " +
      Q("I would like him to come home,") + " she said.");
  EXPECT_EQ(r.QuoteSpeaker("I would like him to come home"), "Rachel <she>");
}

}  // namespace
}  // namespace claimcheck
