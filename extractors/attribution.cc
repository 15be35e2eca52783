// Reporting cues (said, told reporters, according to, it was announced), the
// speaker phrase of each, and resolution of that phrase to a name: pronouns
// go to the most recent subject, surnames to the full name first seen.
#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

int SkipAdverbsForward(const Context& c, int i, int end) {
  while (i < end && IsAdverb(c.tok(i))) ++i;
  return i;
}

bool WordToken(const Token& t) { return t.kind == TokenKind::kWord; }

// Past a phrase of adverbs from token i: "eloquently", "so eloquently and
// timelessly", "very quietly": adverbs, a degree word before one, and
// "and" or "or" between two.
int SkipAdverbPhraseForward(const Context& c, int i, int end) {
  for (;;) {
    if (i < end && IsAdverb(c.tok(i))) {
      ++i;
      continue;
    }
    if (i + 1 < end && !c.InQuote(i) && IsAdverb(c.tok(i + 1))) {
      const absl::string_view w = c.tok(i).lower;
      if (c.lex.InSet(WordSet::kAdverbDegreeWord, w)) {
        ++i;
        continue;
      }
    }
    return i;
  }
}

// A token that reads as a finite verb after its subject: an auxiliary
// ("has", "would"), an irregular past ("felt") or a past in -ed in lower
// case ("dismissed").
bool LooksFinite(const Token& t) {
  return (IsAuxiliary(t) && !IsAdverb(t)) || IsIrregularPast(t) ||
         (!t.capitalized && WordToken(t) && absl::EndsWith(t.lower, "ed"));
}

// "MP", "QC", "OBE": letters written after a name, no part of it.
bool IsPostNominal(const Lexicons& lex, absl::string_view w) { return lex.InSet(WordSet::kPostNominal, w); }

// A capitalised word that can be part of a name (not "The" opening a sentence).
bool NameWord(const Context& c, int i, int sb) {
  const Token& t = c.tok(i);
  if (!WordToken(t) || !t.capitalized) return false;
  if (IsPronoun(t)) return false;
  // "Vegas-style", "Moscow-based", "Labour-led": a compound modifier, not
  // part of a name (a name's parts are capitalised: "Smith-Jones", "al-Qadiri").
  if (t.hyphen) {
    size_t h = t.text.rfind('-');
    if (h != absl::string_view::npos && h + 1 < t.text.size() && absl::ascii_islower(t.text[h + 1]))
      return false;
  }
  if (i == sb || (i > sb && (c.tok(i - 1).kind == TokenKind::kQuote || c.tok(i - 1).IsPunct(":")))) {
    // "Observes Mr Okonjo: …", "Says Ms Lee, …": a verb opening the sentence.
    // ("Having announced that …, Judge Whitby …": an auxiliary in -ing.)
    if (IsFunctionWord(t) || VerbClassOf(t) != CueClass::kNone ||
        (IsAuxiliary(t) && absl::EndsWith(t.lower, "ing"))) {
      return false;
    }
  }
  if ((t.flags & kFlagMonth) && i + 1 < c.ntok() && c.tok(i + 1).kind == TokenKind::kNumber) return false;
  if (t.flags & kFlagWeekday) return false;
  // "Nobody should doubt …, he argued": an indefinite pronoun is no name.
  if (c.lex.InSet(WordSet::kIndefinitePronoun, t.lower)) return false;
  // "Similarly, some were pointing out …", "Finally, …": an adverb in -ly
  // opening the sentence before a comma (not "Kelly,", "Reilly,": names).
  if (i == sb && i + 1 < c.ntok() && c.tok(i + 1).IsPunct(",") && t.lower.size() >= 7 &&
      absl::EndsWith(t.lower, "ly") && !absl::EndsWith(t.lower, "elly") && !absl::EndsWith(t.lower, "illy") &&
      !absl::EndsWith(t.lower, "olly") && !absl::EndsWith(t.lower, "ully")) {
    return false;
  }
  // "Having announced …", "Asked about …": a participle opening the sentence
  // (but "Tulloch revealed", "Pendry has said": a name, then its verb).
  // (Not a place: "Beijing says …".)
  if (i == sb &&
      ((absl::EndsWith(t.lower, "ing") && t.lower.size() >= 6) ||
       (absl::EndsWith(t.lower, "ed") && t.lower.size() >= 5)) &&
      !c.lex.places.contains(t.text) && i + 1 < c.ntok() && !c.tok(i + 1).capitalized &&
      !IsAuxiliary(c.tok(i + 1)) &&
      // "Addressing claims that …", "Following reports …": a verb in -s
      // may be a plural noun.
      (VerbClassOf(c.tok(i + 1)) == CueClass::kNone || absl::EndsWith(c.tok(i + 1).lower, "s"))) {
    return false;
  }
  return true;
}

// A capital letter written as an initial ("M" of "Jeffrey M. Lister").
bool IsInitial(const Token& t) { return WordToken(t) && t.text.size() == 1 && t.capitalized; }

// A pronoun with "is" or "are" run into it, before the participle at `i`:
// "they’re expected to", "she’s expected to argue", "who's seen as", "it’s
// assumed that". ("’s" is also "has": "he's said he will" is a perfect, so
// only before "to" or "as", or "it’s … that".)
bool BeContractionBefore(const Context& c, int p, int i, int se) {
  const absl::string_view w = c.tok(p).lower;
  for (absl::string_view are : {"’re", "'re"}) {
    if (absl::EndsWith(w, are)) {
      const absl::string_view stem = w.substr(0, w.size() - are.size());
      return stem == "they" || stem == "we" || stem == "you";
    }
  }
  for (absl::string_view is : {"’s", "'s"}) {
    if (!absl::EndsWith(w, is)) continue;
    const absl::string_view stem = w.substr(0, w.size() - is.size());
    if (stem != "he" && stem != "she" && stem != "it" && stem != "that" && stem != "who" && stem != "there" &&
        stem != "what") {
      return false;
    }
    if (i + 1 >= se) return false;
    const absl::string_view next = c.tok(i + 1).lower;
    // ("it’s assumed the ruling will help": "it has" takes no such verb of
    // belief; not "it’s said it will", a firm's perfect.)
    const absl::string_view v = c.tok(i).lower;
    const bool belief = c.lex.InSet(WordSet::kBeliefParticiple, v);
    return next == "to" || next == "as" || (stem == "it" && (next == "that" || belief));
  }
  return false;
}

// A verb that leads someone to a view: "leads many experts to suspect",
// "prompted analysts to predict".
bool IsLeadingVerb(const Lexicons& lex, const Token& t) {
  const absl::string_view w = t.lower;
  return lex.InSet(WordSet::kLeadingVerb, w);
}

// The end of a bare phrase of up to four lowercase words from `from` (no
// name, quote, preposition, function word or reporting verb) whose last
// word is a noun for people or a source: "security experts", "television
// indecency campaigners". `from` when there is none.
int BarePeoplePhraseEnd(const Context& c, int from, int se) {
  int e = from;
  while (e < se && e < from + 4 && WordToken(c.tok(e)) && !c.InQuote(e) && !c.tok(e).capitalized &&
         !IsPreposition(c.tok(e)) && !IsAuxiliary(c.tok(e)) && !IsFunctionWord(c.tok(e)) &&
         !IsDeterminer(c.tok(e)) && VerbClassOf(c.tok(e)) == CueClass::kNone) {
    ++e;
  }
  return e > from && IsSpeakerNoun(c.tok(e - 1)) ? e : from;
}

// "Jr", "Sr": a generational suffix after a name.
bool IsNameSuffix(const Lexicons& lex, const Token& t) {
  return WordToken(t) && t.capitalized && (lex.InSet(WordSet::kNameSuffix, t.lower));
}

Np NpEndingAt(const Context& c, int i, int sb, int depth);

// "was quoted as saying", "was heard saying": a passive that relays what its
// subject said (the verb itself reports nothing).
bool IsRelayVerb(const Lexicons& lex, const Token& t) {
  const absl::string_view w = t.lower;
  return lex.InSet(WordSet::kRelayVerb, w);
}

// "Advisers to a rival campaign", "an aide to the governor": a noun for
// someone who serves another, before the "to" that names whom.
bool AdviserTo(const Context& c, int k) {
  const absl::string_view w = c.tok(k).lower;
  return c.lex.InSet(WordSet::kAideNoun, w);
}

// "people close to the president", "officers loyal to the general": an
// adjective before the "to" that names whom the speaker is close to.
bool CloseTo(const Lexicons& lex, const Token& t) { return lex.InSet(WordSet::kLoyaltyAdjective, t.lower); }

// "people close to the talks", "a spokesman for the ministry": the head before
// a preposition whose object ends at the cue.
Np PpHead(const Context& c, int prep, int np_end, int sb, int depth) {
  if (depth > 0) return {};
  // (Not a preposition of time that opens a clause: "accused by tenant
  // groups after rent arrears figures showed …".)
  if (IsSubordinator(c.tok(prep))) return {};
  int k = prep;
  // (And the participles of the same postmodifiers, after a noun for
  // people: "People briefed on the timetable were insistent", "officials
  // involved in the talks said".)
  if (k - 1 >= sb && (c.lex.InSet(WordSet::kClosenessAdjective, c.tok(k - 1).lower) ||
                      ((c.lex.InSet(WordSet::kInsiderParticiple, c.tok(k - 1).lower)) && k - 2 >= sb &&
                       IsSpeakerNoun(c.tok(k - 2))))) {
    --k;
  }
  if (k - 1 < sb) return {};
  Np head = NpEndingAt(c, k - 1, sb, depth + 1);
  const Token& h = c.tok(k - 1);
  // "62 percent of farmers said yes": a share of a group, counted.
  if (IsQuantityHead(h) && c.tok(prep).lower == "of") {
    Np share = NpEndingAt(c, k - 1, sb, 0);
    if (share.valid()) return {share.begin, np_end};
  }
  if (!head.valid() || (!IsSpeakerNoun(h) && !h.capitalized)) {
    // "Officials from the house in Paris": the phrase before the preposition
    // is itself the object of one ("from the house"); the head is further back.
    int j = k - 1;
    while (j > sb && j > k - 5 && WordToken(c.tok(j)) && !c.InQuote(j) && !IsPreposition(c.tok(j)) &&
           VerbClassOf(c.tok(j)) == CueClass::kNone && !IsAuxiliary(c.tok(j)) && !IsAdverb(c.tok(j)) &&
           (!IsFunctionWord(c.tok(j)) || IsDeterminer(c.tok(j)))) {
      --j;
    }
    if (k == prep && j > sb && j < k - 1 && IsPreposition(c.tok(j)) && c.tok(j).lower != "to" &&
        !c.InQuote(j)) {
      return PpHead(c, j, np_end, sb, depth);
    }
    return {};
  }
  // "Tessa Redfern on Tuesday said", "Ardley in a statement said": after a
  // name, a phrase of time or manner is no part of who speaks ("of", "for",
  // "from", "at", "with" may still say whom the name belongs to).
  const Token& p = c.tok(prep);
  if (h.capitalized && !IsSpeakerNoun(h) && p.lower != "of" && p.lower != "for" && p.lower != "from" &&
      p.lower != "at" && p.lower != "with" && k == prep &&
      !NameWord(c, np_end - 1, sb)) {  // "Years after Frank Ardley claimed": the name speaks
    return head;
  }
  return {head.begin, np_end};
}

// "Ardley and other senior Democrats said", "Mr Reed and other senior
// councillors said": a person named, then a group after "and" (up to three
// words in lower case before its head, which starts at `head`). Returns where
// the name begins when the phrase opens its clause, else -1: the subject is
// the whole phrase, and it names someone.
int NamedPersonJoinedBefore(const Context& c, int head, int sb) {
  int m = head;
  for (int words = 0; m - 1 >= sb && words < 3 && !c.InQuote(m - 1); ++words) {
    const Token& u = c.tok(m - 1);
    if (!WordToken(u) || u.capitalized || u.lower == "and" || IsPreposition(u) || IsAuxiliary(u) ||
        IsSubordinator(u) || IsPronoun(u) || VerbClassOf(u) != CueClass::kNone ||
        (IsFunctionWord(u) && u.lower != "other" && u.lower != "some")) {
      break;
    }
    --m;
  }
  if (!(m - 2 >= sb && c.tok(m - 1).lower == "and" && !c.InQuote(m - 2) && NameWord(c, m - 2, sb) &&
        !IsSpeakerNoun(c.tok(m - 2)) && c.tok(m - 2).capitalized)) {
    return -1;
  }
  int b = m - 2;
  while (b - 1 >= sb && !c.InQuote(b - 1)) {
    const Token& u = c.tok(b - 1);
    if (NameWord(c, b - 1, sb) && !IsPossessive(u.text)) {
      --b;
      continue;
    }
    if (u.IsPunct(".") && b - 2 >= sb && IsTitleAbbreviation(c.lex, c.tok(b - 2))) {
      b -= 2;
      continue;
    }
    break;
  }
  if (b == sb) {
    // One capitalised word opening the sentence may be an adjective
    // ("Current and former officials said"): a name only before "other".
    bool other = false;
    for (int k = m; k < head; ++k) other |= c.tok(k).lower == "other";
    return (m - 2 > b || other) ? b : -1;
  }
  const Token& before = c.tok(b - 1);
  const bool opens = before.IsPunct(",") || before.lower == "but" || before.lower == "and" ||
                     before.lower == "that" || before.lower == "who";
  return opens ? b : -1;
}

// A reporting verb's bare form: the lexicon also lists its third person
// ("dispute" / "disputes", "deny" / "denies"), which "said" has not.
bool IsBareVerbForm(const Lexicons& lex, absl::string_view w) {
  if (w.empty() || absl::EndsWith(w, "s")) return false;
  if (lex.VerbClass(absl::StrCat(w, "s")) != CueClass::kNone) return true;
  if (lex.VerbClass(absl::StrCat(w, "es")) != CueClass::kNone) return true;
  return absl::EndsWith(w, "y") &&
         lex.VerbClass(absl::StrCat(w.substr(0, w.size() - 1), "ies")) != CueClass::kNone;
}

// "As Rohan Dalal, a professor at Yale, put it": the sentence's clause opens
// on "as" and an appositive (or a quoted title inside it) ends just before
// the verb at `last`.
bool AsFrameBefore(const Context& c, int last, int sb) {
  const Token& t = c.tok(last);
  if (!t.IsPunct(",") && t.kind != TokenKind::kQuote) return false;
  int open = sb;
  if (open < last && (c.tok(open).lower == "but" || c.tok(open).lower == "and")) ++open;
  return open + 1 < last && c.tok(open).lower == "as" && !c.InQuote(open) && NameWord(c, open + 1, sb);
}

// "for" or "on" at token k inside a body's name, after one of its words
// (at `begin` or later): "the Institute for Fiscal Studies", "the Council on
// Foreign Relations".
bool OrgJoinerAt(const Context& c, int k, int begin) {
  const Token& u = c.tok(k);
  if (!WordToken(u) || (u.lower != "for" && u.lower != "on") || k - 1 < begin || c.InQuote(k - 1))
    return false;
  const Token& w = c.tok(k - 1);
  return WordToken(w) && w.capitalized && !IsFunctionWord(w) &&
         c.lex.organisation_words.contains(PossessiveStem(w.text));
}

// A phrase ending on a noun for a kind of speaker ("the council's chief
// executive", "three local residents"): back over its modifiers, numbers and
// possessors to where it begins.
std::optional<Np> NpEndingAtSpeakerNoun(const Context& c, int i, int sb, int depth, const Token& t) {
  if ((!t.capitalized || i == sb) && IsSpeakerNoun(t)) {
    int b = i;
    for (int steps = 0; b - 1 >= sb && steps < 6 && !c.InQuote(b - 1); ++steps) {
      const Token& u = c.tok(b - 1);
      if (IsNounDeterminer(u) || IsDeterminer(u)) {
        --b;
        // "the most senior officer", "London's most senior police officer",
        // "his least trusted aide": a superlative's "most" after an article
        // or a possessive, before one person, determines nothing; the
        // phrase runs on. (Before a plural it still counts a part of a
        // group: "even the most optimistic economists doubt".)
        // (Nor "the most recent polling shows": "most recent" is "latest",
        // a time, and the source stays as vague as "the latest polling".)
        const bool singular = (!absl::EndsWith(t.lower, "s") || absl::EndsWith(t.lower, "ss")) &&
                              !(b + 1 < i && c.tok(b + 1).lower == "recent");
        if ((c.lex.InSet(WordSet::kSuperlativeDegree, u.lower)) && singular && b - 1 >= sb &&
            !c.InQuote(b - 1) &&
            (c.tok(b - 1).lower == "the" || IsPossessivePronoun(c.tok(b - 1)) ||
             IsPossessive(c.tok(b - 1).text))) {
          continue;
        }
        // "the two lawmakers", "his three aides": the article before a number.
        if ((u.kind == TokenKind::kNumber || IsNumberWord(u)) && b - 1 >= sb && !c.InQuote(b - 1) &&
            (c.tok(b - 1).lower == "the" || IsPossessivePronoun(c.tok(b - 1)))) {
          --b;
        }
        break;
      }
      if (!WordToken(u) && u.kind != TokenKind::kNumber) break;
      if (IsPossessive(u.text)) {
        --b;
        continue;
      }
      // "One tweet said", "Another report says": a determiner of one.
      if (u.lower == "one" || u.lower == "another" || u.lower == "each" || u.lower == "every") {
        --b;
        break;
      }
      // "But analysts said": a conjunction or adverb opening the sentence
      // is not part of the speaker.
      if (u.capitalized && IsFunctionWord(u)) break;
      if (u.capitalized ||
          (!IsPreposition(u) && !IsAuxiliary(u) && !IsSubordinator(u) && VerbClassOf(u) == CueClass::kNone &&
           u.lower != "and" && u.lower != "or" && u.lower != "but" && u.lower != "that" && u.lower != "who" &&
           u.lower != "which" && u.lower != "whom" && u.lower != "what" && !IsAdverb(u))) {
        --b;
        continue;
      }
      break;
    }
    // ("People close to the president said", "sources close to her
    // campaign say": the noun is the postmodifier's object; the people
    // before it speak.)
    if (depth == 0 && b - 1 >= sb && IsPreposition(c.tok(b - 1)) &&
        (c.tok(b - 1).lower != "to" ||
         (b - 2 >= sb && (AdviserTo(c, b - 2) || CloseTo(c.lex, c.tok(b - 2)))))) {
      Np head = PpHead(c, b - 1, i + 1, sb, depth);
      if (head.valid()) return head;
    }
    if (depth == 0) {
      int named = NamedPersonJoinedBefore(c, b, sb);
      if (named >= 0) return Np{named, i + 1};
    }
    // "the Green councillor and former mayor said": two roles of one person,
    // singular nouns under one determiner ("the mayor and the minister"
    // are two).
    if (depth == 0 && b - 2 >= sb && c.tok(b - 1).lower == "and" && !IsDeterminer(c.tok(b)) &&
        !absl::EndsWith(t.lower, "s") && IsSpeakerNoun(c.tok(b - 2)) &&
        !absl::EndsWith(c.tok(b - 2).lower, "s") && !c.InQuote(b - 2)) {
      Np first_role = NpEndingAt(c, b - 2, sb, 1);
      if (first_role.valid() && c.tok(first_role.begin).lower == "the") {
        return Np{first_role.begin, i + 1};
      }
    }
    return Np{b, i + 1};
  }
  return std::nullopt;
}

// A phrase ending on a word of a name: back over the name, its title, its
// description or organisation before it ("Labour MP Ann Cole", "the board's
// Ruth Okafor") to where it begins.
std::optional<Np> NpEndingAtName(const Context& c, int i, int sb, int depth, const Token& t) {
  if (NameWord(c, i, sb)) {
    int b = i;
    while (b - 1 >= sb && !c.InQuote(b - 1)) {
      const Token& u = c.tok(b - 1);
      if (NameWord(c, b - 1, sb) && !IsPossessive(u.text)) {
        --b;
        continue;
      }
      if (u.IsPunct(".") && b - 2 >= sb && IsTitleAbbreviation(c.lex, c.tok(b - 2))) {
        b -= 2;
        continue;
      }
      // "Jeffrey M. Lister": a middle initial between two name words.
      if (u.IsPunct(".") && b - 3 >= sb && IsInitial(c.tok(b - 2)) && NameWord(c, b - 3, sb)) {
        b -= 2;
        continue;
      }
      if (WordToken(u) && IsNameJoiner(u) && b - 2 >= sb && c.tok(b - 2).capitalized) {
        --b;
        continue;
      }
      // ("the Center for Nonproliferation Studies": a body's name runs on
      // over "for" and "on".)
      if (OrgJoinerAt(c, b - 1, sb)) {
        --b;
        continue;
      }
      if (WordToken(u) && !u.capitalized && (IsTitleWord(u) || u.lower == "former")) {
        --b;
        continue;
      }
      break;
    }
    // "…, lead singer Gary Nettleton said": a description in lower case
    // between a comma and the name belongs to it (a role no title list
    // holds), when nothing but such words stands between.
    if (depth == 0) {
      int d = b;
      while (d - 1 >= sb && d > b - 3 && !c.InQuote(d - 1)) {
        const Token& u = c.tok(d - 1);
        if (!WordToken(u) || u.capitalized || IsFunctionWord(u) || IsPreposition(u) || IsAuxiliary(u) ||
            IsDeterminer(u) || IsAdverb(u) || VerbClassOf(u) != CueClass::kNone ||
            absl::EndsWith(u.lower, "ed") || absl::EndsWith(u.lower, "ing")) {
          break;
        }
        --d;
      }
      if (d < b && d - 1 >= sb && c.tok(d - 1).IsPunct(",")) b = d;
    }
    if (b - 1 >= sb && c.tok(b - 1).lower == "the") --b;
    // "many Latinos have said", "Some Americans say": a quantifier before a
    // plural name of people is part of the phrase (a part of a group, not
    // the group the name stands for).
    if (depth == 0 && b - 1 >= sb && !c.InQuote(b - 1) && !IsPossessive(t.text) &&
        absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ss")) {
      // (Some, many, most, few, several: a determiner that counts; not a
      // comparison, "three times as many Latinos said … as said".)
      const Token& q = c.tok(b - 1);
      const absl::string_view before = b - 2 >= sb ? c.tok(b - 2).lower : absl::string_view();
      if (IsDeterminer(q) && IsQuantityHead(q) && q.lower != "all" && q.lower != "both" && before != "as" &&
          before != "so" && before != "too" && before != "how") {
        --b;
      }
    }
    if (depth == 0) {
      // (Two names alone, "Varelas and Dravou", are joined below.)
      int named = NamedPersonJoinedBefore(c, b, sb);
      if (named >= 0 && (IsSpeakerNoun(t) || c.tok(b - 1).lower != "and")) return Np{named, i + 1};
    }
    // "Nikos Varelas and Eleni Dravou claimed": two names joined as the
    // subject that opens the clause both speak.
    // (Names of people: not "Democrats and Republicans said", kinds of people.)
    if (depth == 0 && b - 2 >= sb && c.tok(b - 1).lower == "and" && NameWord(c, b - 2, sb) &&
        !c.InQuote(b - 2) && !IsSpeakerNoun(c.tok(b - 2)) && !IsSpeakerNoun(c.tok(i))) {
      int b2 = b - 2;
      while (b2 - 1 >= sb && !c.InQuote(b2 - 1) &&
             (NameWord(c, b2 - 1, sb) ||
              (c.tok(b2 - 1).IsPunct(".") && b2 - 2 >= sb && IsInitial(c.tok(b2 - 2))))) {
        --b2;
      }
      const bool opens = b2 == sb || (b2 - 1 == sb && (c.tok(sb).lower == "but" || c.tok(sb).lower == "and"));
      if (opens) b = b2;
    }
    // "A memo from the Guild obtained by The Dunmarsh Courier warns":
    // the agent of a participle is not who speaks; what was obtained is.
    if (depth == 0 && b - 3 >= sb && c.tok(b - 1).lower == "by" && !c.InQuote(b - 2)) {
      const Token& p = c.tok(b - 2);
      // (Not "conducted by", "published by": their agent is the author.)
      if (c.lex.InSet(WordSet::kObtainingParticiple, p.lower)) {
        Np what = NpEndingAt(c, b - 3, sb, 0);
        if (what.valid()) return what;
      }
    }
    if (depth == 0 && b - 1 >= sb && IsPreposition(c.tok(b - 1)) &&
        (c.tok(b - 1).lower != "to" ||
         (b - 2 >= sb && (c.tok(b - 2).lower == "close" || AdviserTo(c, b - 2))))) {
      Np head = PpHead(c, b - 1, i + 1, sb, depth);
      if (head.valid()) return head;
    }
    return Np{b, i + 1};
  }
  return std::nullopt;
}

Np NpEndingAt(const Context& c, int i, int sb, int depth) {
  if (i < sb || c.InQuote(i)) return {};
  const Token& t = c.tok(i);
  // "The 31-year-old insisted …"
  if (absl::EndsWith(t.lower, "-year-old") && depth == 0) {
    int b = i;
    if (b - 1 >= sb && IsDeterminer(c.tok(b - 1))) --b;
    return {b, i + 1};
  }
  // "James Heslop Jr.": a name that ends on a generational suffix.
  if (t.IsPunct(".") && i - 1 > sb && IsNameSuffix(c.lex, c.tok(i - 1)) && !c.InQuote(i - 1)) {
    Np name = NpEndingAt(c, i - 1, sb, depth);
    if (name.valid() && name.end - name.begin >= 2) return {name.begin, i + 1};
    return {};
  }
  if (!WordToken(t)) return {};
  if (IsPronoun(t)) {
    if (t.lower == "it" && i + 1 < c.ntok() && IsBe(c.tok(i + 1))) return {};
    return {i, i + 1};
  }
  if (t.lower == "who" && i - 1 >= sb) return {i, i + 1};
  // "one senior Democrat said", "a top Republican says", "another Tory":
  // one unnamed member of a party, after an article and its adjectives.
  if (depth == 0 && t.capitalized && c.lex.party_words.contains(t.text) && i - 1 >= sb) {
    int b = i - 1;
    while (b > sb && b >= i - 3 && WordToken(c.tok(b)) && !c.tok(b).capitalized && !c.InQuote(b) &&
           !IsFunctionWord(c.tok(b)) && !IsPreposition(c.tok(b)) && c.tok(b).cue_class == 0) {
      --b;
    }
    const absl::string_view d = c.tok(b).lower;
    // (Not an appositive after a name: "Rep. Marcus T. Dellow, a Republican
    // seeking to replace …".)
    const bool appositive =
        b - 2 >= sb && c.tok(b - 1).IsPunct(",") && c.tok(b - 2).capitalized && WordToken(c.tok(b - 2));
    if (!c.InQuote(b) && !appositive && (d == "a" || d == "an" || d == "one" || d == "another"))
      return {b, i + 1};
  }
  // "some are quietly saying", "many believe", "others argue": a quantifier
  // alone as the subject, opening its clause.
  if (depth == 0 && (c.lex.InSet(WordSet::kQuantifierSubject, t.lower))) {
    const bool opens = i == sb || c.tok(i - 1).IsPunct(",") || c.tok(i - 1).IsPunct(";") ||
                       c.tok(i - 1).IsPunct("—") || c.tok(i - 1).lower == "and" ||
                       c.tok(i - 1).lower == "but" || c.tok(i - 1).lower == "that" ||
                       IsSubordinator(c.tok(i - 1));
    if (opens) return {i, i + 1};
  }
  // "retailers that warn …": a relative "that" right after a noun.
  if (t.lower == "that" && depth == 0 && i - 1 >= sb && !c.InQuote(i - 1)) {
    const Token& n = c.tok(i - 1);
    if (WordToken(n) && !n.capitalized && absl::EndsWith(n.lower, "s") && !IsFunctionWord(n) &&
        !IsAuxiliary(n) && !IsAdverb(n) && !IsPronoun(n) && !IsPreposition(n) &&
        VerbClassOf(n) == CueClass::kNone) {
      return {i, i + 1};
    }
  }
  // "TCI, which claims to represent …": a relative pronoun after a comma.
  if (t.lower == "which" && i - 1 >= sb && c.tok(i - 1).IsPunct(",")) return {i, i + 1};
  // "the list which predicts what …": a restrictive "which" (as British
  // stories write it) right after a noun. (Not "asked which", "on which".)
  if (t.lower == "which" && depth == 0 && i - 1 >= sb && !c.InQuote(i - 1)) {
    const Token& n = c.tok(i - 1);
    if (WordToken(n) && !n.capitalized && !IsFunctionWord(n) && !IsAuxiliary(n) && !IsAdverb(n) &&
        !IsPronoun(n) && !IsPreposition(n) && !IsDeterminer(n) && VerbClassOf(n) == CueClass::kNone &&
        !absl::EndsWith(n.lower, "ed") && !absl::EndsWith(n.lower, "ing")) {
      return {i, i + 1};
    }
  }
  if (IsQuantityHead(t) && depth == 0) {
    // "47 percent", "Six in 10", "about 4 in 10", "nearly half", "a third"
    int b = i;
    while (b - 1 >= sb && !c.InQuote(b - 1)) {
      const Token& u = c.tok(b - 1);
      if (u.kind == TokenKind::kNumber || IsQuantityHead(u) ||
          c.lex.InSet(WordSet::kQuantityPhraseWord, u.lower) ||
          (WordToken(u) && absl::StrContains(u.lower, "-") && u.lower.size() > 5) ||
          (WordToken(u) && u.capitalized && b - 1 == sb)) {
        --b;
        continue;
      }
      break;
    }
    bool clause_start = b == sb || c.tok(b - 1).IsPunct(",") || c.tok(b - 1).IsPunct(";");
    if (t.kind == TokenKind::kNumber && b == i && !clause_start) return {};
    return {b, i + 1};
  }
  if (const std::optional<Np> r = NpEndingAtName(c, i, sb, depth, t)) return *r;
  // A speaker noun, lower case or opening the sentence ("Reports said").
  if (const std::optional<Np> r = NpEndingAtSpeakerNoun(c, i, sb, depth, t)) return *r;
  if (depth > 0) return {};
  // The object of a preposition after a speaker: "people familiar with the plans".
  // (Past a possessive's mark: "people with direct knowledge of Hollis' plans".)
  int k = i;
  for (int steps = 0; k > sb && steps < 5 && !IsPreposition(c.tok(k)); ++steps) {
    if (c.IsPossessiveMark(k)) {
      --k;
      continue;
    }
    if (!WordToken(c.tok(k)) || c.InQuote(k)) return {};
    --k;
  }
  if (k > sb && IsPreposition(c.tok(k)) && (c.tok(k).lower != "to" || CloseTo(c.lex, c.tok(k - 1)))) {
    return PpHead(c, k, i + 1, sb, depth);
  }
  return {};
}

// "Speaking at a town hall in Salem, …", "Asked about the vote, …": a
// participle, then a word in lower case, opens the sentence (not a name,
// "Pendry said", nor a compound, "Oscar-winning director").
bool OpensWithParticiple(const Context& c, int sb, int se) {
  const Token& t = c.tok(sb);
  return WordToken(t) && !absl::StrContains(t.lower, "-") &&
         ((absl::EndsWith(t.lower, "ing") && t.lower.size() >= 6) ||
          (absl::EndsWith(t.lower, "ed") && t.lower.size() >= 5)) &&
         sb + 1 < se && WordToken(c.tok(sb + 1)) && !c.tok(sb + 1).capitalized &&
         // "Marchant said", "Pendry has": a name, then its verb.
         !IsAuxiliary(c.tok(sb + 1)) && VerbClassOf(c.tok(sb + 1)) == CueClass::kNone;
}

// A lowercase participle ("attending", "quoted"): a verb, not a name.
bool IsParticiple(const Token& t) {
  return WordToken(t) && !t.capitalized && t.lower.size() >= 5 &&
         (absl::EndsWith(t.lower, "ing") || absl::EndsWith(t.lower, "ed"));
}

// A phrase that describes rather than names: "a retired teacher in
// Allentown", "the party's treasurer", "58".
bool IsDescription(const Context& c, const Np& np) {
  const Token& first = c.tok(np.begin);
  return first.kind == TokenKind::kNumber ||
         (!first.capitalized && (IsDeterminer(first) || IsNounDeterminer(first))) ||
         (HasFlag(first, kFlagMaybePlaceFirst) && c.lex.places.contains(c.TokView(np.begin, np.end)));
}

}  // namespace

bool IsDocumentNoun(const Lexicons& lex, const Token& t);

// The comma opening a region after a place ("Chappaqua, N.Y.,", "Paris,
// France,") whose closing comma is token `comma`, or -1.
int RegionCommaBefore(const Context& c, int comma, int sb) {
  int j = comma - 1;
  while (j > sb && j > comma - 5 && !c.tok(j).IsPunct(",") && !c.InQuote(j) &&
         (c.tok(j).capitalized || c.tok(j).IsPunct("."))) {
    --j;
  }
  if (j <= sb || j >= comma - 1 || !c.tok(j).IsPunct(",") || !c.tok(j - 1).capitalized) return -1;
  int b = j + 1, e = comma;
  // "N.Y.", "Pa.", "Calif.": a state's abbreviation and its period.
  if (e - b == 2 && c.tok(e - 1).IsPunct(".") && c.tok(b).capitalized &&
      c.lex.other_abbreviations.contains(c.tok(b).text)) {
    return j;
  }
  return c.lex.places.contains(c.TokView(b, e)) ? j : -1;
}

namespace {
// A conjunction of time or reason whose clause a name may open: "The issue
// came up after Mr Dunleavy, the front-runner, had said, …".
bool OpensClauseOfTimeOrReason(const Token& u) {
  return u.lower == "after" || u.lower == "when" || u.lower == "before" || u.lower == "because" ||
         u.lower == "since" || u.lower == "while" || u.lower == "although" || u.lower == "until" ||
         u.lower == "once";
}
}  // namespace

// The name that opens a chain of phrases set off by commas, when the
// phrase ending right before `comma` describes it: "Lucia Maria Ferro, the
// editor in chief of the diocese's weekly, La Voce di Varena, said",
// "Mr Harlow, MP for Brackwell-on-Sea, Eastshire, said", "Mr Quint,
// whose latest start-up, Tallyfold, sells soil sensors, said". The name after the
// description belongs to it (the paper, the seat, the start-up), and the
// chain's head speaks. Empty when no chain opens the clause before `comma`.
Np ChainHeadBefore(const Context& c, int comma, int sb, int main_clause) {
  for (int link = 0; link < 3; ++link) {
    int p = comma - 1;
    while (p >= sb && !c.tok(p).IsPunct(",")) {
      const Token& u = c.tok(p);
      if (c.InQuote(p) || u.kind == TokenKind::kQuote || u.IsPunct(";") || u.IsPunct(":") || u.IsPunct(".") ||
          u.IsPunct("—")) {
        return {};
      }
      --p;
    }
    if (p - 1 < sb || p + 1 >= comma) return {};
    // The phrase between the two commas: a description (in lower case, or
    // a title: "MP for …") or a relative clause on the name ("whose …").
    const Token& first = c.tok(p + 1);
    const bool relative = first.lower == "whose" || first.lower == "who";
    bool description = relative || !first.capitalized || IsTitleWord(first);
    // ("Mr Varga, asked about the closure of the mill, had said": a
    // participle of being asked or of speaking opens an aside too.)
    const absl::string_view w0 = first.lower;
    const bool asked = c.lex.InSet(WordSet::kQuestionedParticiple, w0);
    for (int k = asked ? p + 2 : p + 1; k < comma && description && !relative; ++k) {
      const Token& u = c.tok(k);
      description = !(IsAuxiliary(u) && !IsAdverb(u)) && VerbClassOf(u) == CueClass::kNone;
    }
    if (!description) return {};
    // "Gov. Dana Whitlow (R), a staunch Ferris ally, said": the party tag
    // in brackets after the name is skipped.
    if (p - 2 > sb && c.tok(p - 1).IsPunct(")")) {
      int open = p - 2;
      while (open > sb && open > p - 8 && !c.tok(open).IsPunct("(") && !c.InQuote(open)) --open;
      if (open > sb && c.tok(open).IsPunct("(")) p = open;
    }
    const Token& before = c.tok(p - 1);
    // (A name, not an adverb opening the sentence: "Separately, the
    // world's largest delivery company, UPS, said".)
    if (before.capitalized && WordToken(before) && NameWord(c, p - 1, sb) && !IsFunctionWord(before) &&
        !IsAdverb(before) && !absl::EndsWith(before.lower, "ly")) {
      Np head = NpEndingAt(c, p - 1, sb, 0);
      // (Or the subject of a clause of time or reason.)
      if (head.valid() && !IsDescription(c, head) &&
          (head.begin == main_clause || head.begin == sb || c.tok(head.begin - 1).kind == TokenKind::kQuote ||
           (head.begin - 1 > sb && OpensClauseOfTimeOrReason(c.tok(head.begin - 1)) &&
            !c.InQuote(head.begin - 1)))) {
        return head;
      }
    }
    comma = p;  // a longer chain: "Trenholm, 58, a teacher, …"
  }
  return {};
}

// A dash that sets off an aside: an em or en dash, or a hyphen with a
// space on each side ("Lord Ashcombe - a retired appeal judge - said").
bool DashAt(const Context& c, int k) {
  const Token& u = c.tok(k);
  return u.IsPunct("—") || u.IsPunct("–") ||
         (u.IsPunct("-") && u.space_before && k + 1 < c.ntok() && c.tok(k + 1).space_before);
}

// A comma right before the cue (or before an aside that ends at it): the subject
// is the phrase before an appositive, a description or a clause set off by
// commas ("Ann Cole, the council's press officer, said"), or none.
std::optional<Np> SubjectBeforeComma(const Context& c, int cue_begin, int sb, int& i) {
  auto title_quote = [&](int k) {
    const int q = c.a.token_quote[k];
    return q >= 0 && c.a.quotes[q].kind == QuoteKind::kName;
  };
  if (c.tok(i).kind == TokenKind::kQuote && i - 1 > sb && c.tok(i - 1).IsPunct(",") && title_quote(i)) --i;
  if (c.tok(i).IsPunct(",")) {
    // "Marsh herself, as well as her staff, has always maintained",
    // "Certain broadcasters, like Kestrel TV, claim": an aside that adds to or
    // gives examples of the subject; the subject before it speaks.
    {
      int p = i - 1;
      while (p > sb && !c.tok(p).IsPunct(",") && !c.InQuote(p) && i - p < 12) --p;
      if (p > sb && p + 1 < i && c.tok(p).IsPunct(",") && !c.InQuote(p)) {
        const absl::string_view w1 = c.tok(p + 1).lower;
        const absl::string_view w2 = p + 2 < i ? c.tok(p + 2).lower : absl::string_view();
        const absl::string_view w3 = p + 3 < i ? c.tok(p + 3).lower : absl::string_view();
        const bool aside = c.lex.InSet(WordSet::kLikenessPreposition, w1) ||
                           (w1 == "along" && w2 == "with") || (w1 == "together" && w2 == "with") ||
                           (w1 == "as" && w2 == "well" && w3 == "as") || (w1 == "such" && w2 == "as");
        if (aside) {
          int h = p - 1;
          // "Ardley herself": a reflexive after the name.
          if (h > sb && (c.lex.InSet(WordSet::kEmphaticReflexive, c.tok(h).lower))) {
            --h;
          }
          Np np = NpEndingAt(c, h, sb, 0);
          if (np.valid() && (np.begin == sb || c.tok(np.begin - 1).IsPunct(",") ||
                             c.tok(np.begin - 1).lower == "but" || c.tok(np.begin - 1).lower == "and")) {
            return np;
          }
        }
      }
    }
    // "The award-winning actor, whose films include Salt Harbour,
    // Night Ferry and Glass Orchard, said": an aside opened by "whose" or
    // "who" after the phrase that opens the sentence runs to the comma
    // before the verb, commas of its own included; that phrase speaks.
    if (i - 2 > sb && c.tok(i).IsPunct(",") && !c.InQuote(i)) {
      for (int w = i - 2; w > sb + 1 && w >= i - 30; --w) {
        const Token& u = c.tok(w);
        // (A title's colon stays inside: "Star Wars: The Phantom Menace".)
        const bool title_colon = u.IsPunct(":") && c.tok(w + 1).capitalized && c.tok(w - 1).capitalized;
        if (c.InQuote(w) || u.kind == TokenKind::kQuote || u.IsPunct(";") ||
            (u.IsPunct(":") && !title_colon) || u.IsPunct(".") || DashAt(c, w)) {
          break;
        }
        if ((u.lower == "whose" || u.lower == "who") && c.tok(w - 1).IsPunct(",")) {
          const Np np = NpEndingAt(c, w - 2, sb, 0);
          if (np.valid() && np.begin == sb && np.end == w - 1) return np;
          break;
        }
      }
    }
    // "The governor, speaking briefly outside the court, also said": the subject
    // before a parenthetical between commas.
    // "One Republican hopeful, Carly Pargeter, says": a name set off by commas.
    {
      int j = i - 1, b = i;
      bool pair = false;
      for (;;) {
        // ("the port authority director, Helen R. Maddox, said": a middle initial.)
        while (j >= sb && !c.InQuote(j) &&
               (NameWord(c, j, sb) ||
                (c.tok(j).IsPunct(".") && j - 1 > sb && IsInitial(c.tok(j - 1)) && NameWord(c, j - 2, sb)))) {
          b = j--;
        }
        // "biographers, Paul and Helen Ostrander, wrote": two names, one surname.
        // (Given names, one known at least: not "senior vice president,
        // Technology and Intellectual Property, said", a department.)
        // ("Patrick Hollins and Chris Wardell": the first name opening either.)
        // ("Walter J. Brisk and Senator Ada Coyle": a middle initial, or a
        // title after "and".)
        int run = j - 1;
        while (run - 1 >= sb && !c.InQuote(run - 1) &&
               (NameWord(c, run - 1, sb) ||
                (c.tok(run - 1).IsPunct(".") && run - 2 > sb && IsInitial(c.tok(run - 2))))) {
          --run;
        }
        // ("Deputy Mayor Lina Ortiz and Police Chief Ray Dunn": a title
        // inside either name.)
        bool person_word = false;
        for (int w = run; j - 1 >= sb && w < i && w <= j + 3 && !person_word; ++w) {
          const Token& u = c.tok(w);
          person_word = w != j && (c.lex.first_name_gender.contains(u.text) || IsTitleWord(u) ||
                                   IsTitleAbbreviation(c.lex, u));
        }
        if (b < i && !pair && j - 1 >= sb && c.tok(j).lower == "and" && NameWord(c, j - 1, sb) &&
            person_word) {
          pair = true;
          b = j--;
          continue;
        }
        break;
      }
      if (pair && b < i && j >= sb && c.tok(j).IsPunct(",") && NameWord(c, b, sb)) return Np{b, i};
      if (!pair && b < i && j >= sb && c.tok(j).IsPunct(",")) {
        Np np = NpEndingAt(c, i - 1, sb, 0);
        if (np.valid() && np.begin >= b - 1 && !IsDescription(c, np)) {
          Np head = ChainHeadBefore(c, j, sb, sb);
          if (head.valid()) return head;
          return Np{np.begin, i};
        }
      }
    }
    // "Edna Calloway, 61, who lives outside Ferrisport, says": up to
    // four commas back ("Vera Lusk, 34, of Dunmarsh, Ore., who was polled,
    // said": a place and its region), not into a phrase that opens the sentence
    // ("Speaking in Quarrington, Vermont, Pryor went after Hale, calling …").
    // "Osei, who is a nurse, also decried …, noting …": a participle after a
    // comma continues its clause; whose words it reports is settled by the
    // clause (FindCues), not by a name some commas back.
    if (absl::EndsWith(c.tok(cue_begin).lower, "ing")) return Np{};
    const int main_clause = OpensWithParticiple(c, sb, cue_begin)
                                ? MainClauseStart(c, sb, cue_begin, /*pronoun_may_open=*/false)
                                : sb;
    // "Cecelia Pengelly, 67, a retired teacher in Allentown, Pa., said": a
    // description set off by commas describes the name that opens the
    // chain; the name is the speaker when the chain starts the clause.
    Np found;
    int j = i - 1;
    for (int commas = 0, steps = 0; j >= sb && steps < 60 && commas < (found.valid() ? 5 : 4); --j, ++steps) {
      if (c.InQuote(j) && !title_quote(j)) break;
      if (!c.tok(j).IsPunct(",") || c.InQuote(j)) continue;
      ++commas;
      if (j - 1 < sb) break;
      // "Rep. Nora Whitcombe (D-Md.), chair of …, said": a party tag in
      // brackets after the name.
      int tag = -1;
      if (c.tok(j - 1).IsPunct(")")) {
        for (int k = j - 2; k > sb && k >= j - 10; --k) {
          if (c.tok(k).IsPunct("(")) {
            tag = k;
            break;
          }
          if (c.InQuote(k) || c.tok(k).IsPunct(")")) break;
        }
      }
      const int head_end = tag > sb ? tag : j;
      const Token& before = c.tok(head_end - 1);
      if (!before.capitalized && !IsPronoun(before) && !IsSpeakerNoun(before) &&
          !(before.IsPunct(".") && head_end - 2 >= sb && IsNameSuffix(c.lex, c.tok(head_end - 2)))) {
        continue;
      }
      Np np = NpEndingAt(c, head_end - 1, sb, 0);
      if (np.valid() && np.begin < main_clause) break;
      // (Not the object of a preposition, "in Quarrington, Vermont, said";
      // but a name after a conjunction of time or reason opens its clause:
      // "The issue came up after Mr. Varga, asked about the closure of the
      // mill, had said, …".)
      if (!np.valid()) continue;
      if (np.begin > sb && IsPreposition(c.tok(np.begin - 1)) &&
          !(OpensClauseOfTimeOrReason(c.tok(np.begin - 1)) && c.tok(np.begin).capitalized &&
            !c.InQuote(np.begin - 1))) {
        continue;
      }
      // "…, attending the Growers Convention, said": the object of a
      // participle is not who speaks. (Not a noun in -ing after its
      // article: "After the ruling Ines Calder, legal director of
      // Fairwell, said", a short phrase that opens the sentence with no
      // comma.)
      // (Nor an -ing form right before a noun in lower case: "chair of the
      // party's platform drafting committee, said", a modifier.)
      if (np.begin > sb && IsParticiple(c.tok(np.begin - 1)) &&
          !(np.begin - 2 >= sb && IsDeterminer(c.tok(np.begin - 2))) &&
          !(absl::EndsWith(c.tok(np.begin - 1).lower, "ing") && WordToken(c.tok(np.begin)) &&
            !c.tok(np.begin).capitalized && !IsDeterminer(c.tok(np.begin)) &&
            !IsPossessivePronoun(c.tok(np.begin)))) {
        continue;
      }
      if (!found.valid()) {
        found = np;
        if (!IsDescription(c, np)) {
          if (np.begin - 1 > sb && c.tok(np.begin - 1).IsPunct(",")) {
            Np head = ChainHeadBefore(c, np.begin - 1, sb, main_clause);
            if (head.valid()) return head;
          }
          return np;
        }
        continue;
      }
      if (IsDescription(c, np)) continue;
      const bool chain_start =
          np.begin == main_clause || np.begin == sb || c.tok(np.begin - 1).kind == TokenKind::kQuote;
      return chain_start ? np : found;
    }
    // "Officials from the house in Chappaqua, N.Y., said", "… in Paris,
    // France, said": a region set off by commas belongs to the place before
    // it; the phrase ending on that place is the subject.
    if (!found.valid()) {
      int r = RegionCommaBefore(c, i, sb);
      if (r > sb) {
        Np np = NpEndingAt(c, r - 1, sb, 0);
        if (np.valid()) return np;
      }
    }
    return found;
  }
  return std::nullopt;
}

// Steps back over what stands between a subject and its verb and is part of
// neither: a day after "on" or an adverb ("Mr Gossard on Monday said"), an adverb,
// an aside; up to three rounds.
std::optional<Np> SkipBetweenSubjectAndVerb(const Context& c, int cue_begin, int sb, int& i) {
  for (int round = 0; round < 3; ++round) {
    // ("Pellam later Thursday told", "Mr Gossard on Monday said": a day
    // after "on" or an adverb, between the subject and its verb, is no part
    // of either; not "voting on Super Tuesday said", "a report released
    // Friday said".)
    // (Not before a participle: "sent a letter to the board on Thursday
    // saying" reports the letter's sender, found below.)
    const bool participle = absl::EndsWith(c.tok(cue_begin).lower, "ing");
    auto day_between = [&](int k) {
      // ("Ardley defenders today argue": "today" or "yesterday" after the
      // subject's head.)
      if (!participle && k - 1 >= sb && !c.InQuote(k) &&
          (c.tok(k).lower == "today" || c.tok(k).lower == "yesterday") && WordToken(c.tok(k - 1)) &&
          (IsSpeakerNoun(c.tok(k - 1)) || (c.tok(k - 1).capitalized && !IsFunctionWord(c.tok(k - 1))) ||
           (absl::EndsWith(c.tok(k - 1).lower, "s") && !IsFunctionWord(c.tok(k - 1)) &&
            VerbClassOf(c.tok(k - 1)) == CueClass::kNone))) {
        return true;
      }
      if (participle || !IsWeekday(c.tok(k)) || k - 2 < sb || c.InQuote(k)) return false;
      const Token& p = c.tok(k - 1);
      if (p.lower == "on") {
        const Token& h = c.tok(k - 2);
        return h.IsWordLike() && (h.capitalized || IsPronoun(h) || IsSpeakerNoun(h) || h.lower == "who");
      }
      return !p.capitalized && IsAdverb(p);
    };
    while (i >= sb &&
           ((!c.tok(i).capitalized && (IsAuxiliary(c.tok(i)) || IsAdverb(c.tok(i)))) || day_between(i))) {
      if (day_between(i) && c.tok(i - 1).lower == "on") --i;
      --i;
    }
    // "urged the mayor to withdraw her remarks and said …": a verb
    // joined after its first conjunct's object shares that conjunct's
    // subject, the sentence's.
    if (i - 2 >= sb && c.tok(i).lower == "and" && WordToken(c.tok(i - 1)) && !c.tok(i - 1).capitalized &&
        !c.InQuote(i - 1) && (IsDeterminer(c.tok(i - 2)) || IsPossessivePronoun(c.tok(i - 2))) &&
        !IsSpeakerNoun(c.tok(i - 1)) && c.tok(i - 1).cue_class == 0) {
      const Np subject = SentenceSubject(c, MainClauseStart(c, sb, i, /*pronoun_may_open=*/true), i);
      // (Not a participle's phrase opening the sentence: "Called Speegle,
      // it has …".)
      if (subject.valid() && subject.end < i - 2 && !absl::EndsWith(c.tok(subject.begin).lower, "ed") &&
          !absl::EndsWith(c.tok(subject.begin).lower, "ing")) {
        return subject;
      }
    }
    // "The coach smiled and remarked": skip a coordinated verb.
    if (i - 1 >= sb && c.tok(i).lower == "and" && WordToken(c.tok(i - 1)) && !c.tok(i - 1).capitalized &&
        !IsSpeakerNoun(c.tok(i - 1)) && !IsPronoun(c.tok(i - 1)) &&
        (absl::EndsWith(c.tok(i - 1).lower, "ed") || VerbClassOf(c.tok(i - 1)) != CueClass::kNone ||
         absl::EndsWith(c.tok(i - 1).lower, "s"))) {
      i -= 2;
      continue;
    }
    break;
  }
  return std::nullopt;
}

// The subject of a verb that takes "to" before the cue is the one who speaks
// ("The coach went on to claim", "she has sought to argue").
std::optional<Np> SubjectOfCatenative(const Context& c, int sb, int i) {
  if (i - 1 > sb && c.tok(i).lower == "to" && !c.InQuote(i)) {
    // "leads many dairy experts to suspect", "prompted analysts to
    // predict": the people led to the view hold it.
    {
      int v = i - 1;
      while (v > sb && v > i - 5 && c.tok(v).IsWordLike() && !c.tok(v).capitalized &&
             !IsPreposition(c.tok(v))) {
        if (IsLeadingVerb(c.lex, c.tok(v - 1))) {
          if (IsSpeakerNoun(c.tok(i - 1))) return Np{v, i};
          break;
        }
        --v;
      }
    }
    int k = i - 1;
    if (c.tok(k).lower == "on" && k - 1 > sb && c.tok(k - 1).lower == "went") --k;  // "went on to"
    // "went so far as to predict": the subject of "went" speaks.
    if (k - 3 > sb && c.tok(k).lower == "as" && c.tok(k - 1).lower == "far" && c.tok(k - 2).lower == "so")
      k -= 3;
    while (k > sb && IsAdverb(c.tok(k))) --k;
    // "The officials involved are all quick to insist": an adjective that
    // takes "to", after a form of "be".
    if (c.lex.InSet(WordSet::kToAdjective, c.tok(k).lower) && k - 1 > sb) {
      int v = k - 1;
      while (v > sb && (IsAdverb(c.tok(v)) || c.tok(v).lower == "all" || c.tok(v).lower == "both")) --v;
      if (IsBe(c.tok(v))) k = v;
    }
    if (c.lex.InSet(WordSet::kCatenativeVerb, c.tok(k).lower) || (k < i - 1 && IsBe(c.tok(k)))) {
      // ("wants young people to feel": an object between is not skipped.)
      // The subject of that verb, when it is one: not the object of a
      // preposition ("reports of phone use in Japan seemed to imply").
      Np np = SubjectBefore(c, k, sb);
      if (np.valid() && np.begin > sb && IsPreposition(c.tok(np.begin - 1))) {
        Np subject = SentenceSubject(c, sb, k);
        return subject.valid() && subject.end <= k ? subject : Np();
      }
      return np;
    }
  }
  return std::nullopt;
}

// A description after a name that opens the sentence, its closing comma left
// out ("Tom Hale, spokesman for software firm Zeta said"): the phrase before the
// verb is the object of the description's preposition; the name speaks.
std::optional<Np> SubjectBeforePreposition(const Context& c, int sb, const Np& np, int prep) {
  if (np.valid() && prep > sb && IsPreposition(c.tok(prep)) && !c.InQuote(prep)) {
    for (int p = prep - 1; p > sb && p >= prep - 9; --p) {
      const Token& u = c.tok(p);
      if (c.InQuote(p) || u.kind == TokenKind::kQuote || IsFiniteAuxiliary(u) || u.cue_class != 0 ||
          IsPronoun(u) || u.IsPunct(";") || u.IsPunct(":")) {
        break;
      }
      if (!u.IsPunct(",")) continue;
      const Token& role = c.tok(p + 1);
      // (A role, "spokesman for", "a director at"; or a participle of
      // where or how, "speaking in Leeds".)
      // (Not a plural, "Rather, sources close to his office say": the
      // subject itself after an opening word.)
      if (!(WordToken(role) && (!role.capitalized || IsTitleWord(role)) &&
            ((IsSpeakerNoun(role) && !absl::EndsWith(role.lower, "s")) || IsTitleWord(role) ||
             IsDeterminer(role) || (absl::EndsWith(role.lower, "ing") && role.cue_class == 0)))) {
        break;
      }
      // (A person's role: "Nevertheless, a survey conducted by …" is the
      // subject after an opening word.)
      bool person_role = absl::EndsWith(role.lower, "ing");
      for (int k = p + 1; k < prep; ++k) {
        const Token& u = c.tok(k);
        if ((u.flags & kFlagBodyNoun) != 0) {
          person_role = false;
          break;
        }
        person_role |= IsTitleWord(u) || IsSpeakerNoun(u);
      }
      if (!person_role) break;
      const WordInfo* opener = c.lex.word_info.Find(c.tok(p - 1).lower);
      Np name = NpEndingAt(c, p - 1, sb, 0);
      if (name.valid() && c.tok(name.begin).capitalized && !IsFunctionWord(c.tok(p - 1)) &&
          !(opener != nullptr && (opener->flags & kFlagAdverb) != 0) &&
          (c.tok(p - 1).capitalized || IsSpeakerNoun(c.tok(p - 1))) &&
          (name.begin == sb || c.tok(name.begin - 1).kind == TokenKind::kQuote) && !IsDescription(c, name)) {
        return name;
      }
      break;
    }
  }
  return std::nullopt;
}

// With no phrase ending right before the cue: a speaker before a relative
// clause ("An official who asked not to be named said"), a speaker noun a few
// words back ("A council report released Friday said"), or a short phrase
// after a quote or opening the clause ("“…,” the challenger claimed").
Np SubjectPastModifier(const Context& c, int cue_begin, int sb, int i) {
  // "An official who requested anonymity said": a relative clause between
  // the speaker and the cue. (Not past a verb that takes an object and
  // "to": in "analysts who had expected the minutes to show", the minutes
  // show.)
  for (int j = i; j > sb && j > i - 10; --j) {
    const Token& u = c.tok(j);
    if (c.InQuote(j) || u.IsPunct(".") || u.IsPunct(";")) break;
    if (c.tok(i).lower == "to" && c.lex.InSet(WordSet::kObjectToVerb, u.lower)) break;
    if (u.lower == "who" && !c.tok(j - 1).IsPunct(",")) {
      Np head = NpEndingAt(c, j - 1, sb, 0);
      // ("Three other nurses who …": the numbers and determiners before it.)
      while (head.valid() && head.begin - 1 >= sb &&
             (IsDeterminer(c.tok(head.begin - 1)) || c.tok(head.begin - 1).kind == TokenKind::kNumber)) {
        --head.begin;
      }
      if (head.valid()) return {head.begin, i + 1};
      break;
    }
  }
  // "A council report released Friday said": a speaker noun a few words
  // back, with a short modifier between it and the cue. (Not across "and":
  // in "meets with growers and suppliers and tells them", the noun
  // before "and" is the first verb's object.)
  const bool joined = c.tok(i).lower == "and" || c.tok(i).lower == "or" || c.tok(i).lower == "but";
  for (int j = i - 1; !joined && j >= sb && j > i - 11; --j) {
    const Token& u = c.tok(j);
    // "Pryor's office emailed a press release saying": an object, with
    // its determiner, stands between; the campaign does not say it here.
    if (!u.IsWordLike() || c.InQuote(j) || VerbClassOf(u) != CueClass::kNone || IsAuxiliary(u)) {
      break;
    }
    if (!u.capitalized && (IsSpeakerNoun(u) || IsQuantityHead(u))) {
      Np head = NpEndingAt(c, j, sb, 0);
      if (head.valid()) return {head.begin, i + 1};
      break;
    }
    // ("half of those questioned said": a partitive goes on to its head.)
    if (IsDeterminer(u) && !u.capitalized && j < i && j - 1 >= sb && !IsPreposition(c.tok(j - 1))) {
      break;
    }
  }
  // "“We will win,” the challenger claimed", "The ad says …": a short noun
  // phrase right after a quote, or before say/tell, is the speaker.
  for (int j = i; j >= sb && j > i - 4; --j) {
    const Token& u = c.tok(j);
    if (!WordToken(u) || c.InQuote(j)) break;
    if (VerbClassOf(u) != CueClass::kNone || IsAuxiliary(u)) break;
    if (IsNounDeterminer(u) || IsDeterminer(u)) {
      bool after_quote =
          j > sb && (c.tok(j - 1).kind == TokenKind::kQuote ||
                     (c.tok(j - 1).IsPunct(",") && j - 2 >= sb && c.tok(j - 2).kind == TokenKind::kQuote));
      bool clause_start = j == sb || c.tok(j - 1).IsPunct(",");
      // "… emailed a press release saying": a document says what it says.
      // (One document, "a statement", not "several statements": those are
      // someone's, named by the clause.)
      bool document = (u.lower == "a" || u.lower == "an" || u.lower == "the") &&
                      absl::EndsWith(c.tok(cue_begin).lower, "ing") && IsDocumentNoun(c.lex, c.tok(i));
      if ((after_quote || clause_start || document) && j < i) return {j, i + 1};
      break;
    }
  }
  return {};
}

Np SubjectBefore(const Context& c, int cue_begin, int sb) {
  int i = cue_begin - 1;
  // "A senior aide speaking to reporters said", "One delegate talking to
  // the BBC said": whom the subject spoke to, in a participle's phrase, is
  // not the subject.
  for (int k = i; k > sb + 1 && k >= i - 6; --k) {
    const Token& u = c.tok(k);
    if (c.InQuote(k) || !WordToken(u) || IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone) {
      if ((c.lex.InSet(WordSet::kSpeakingParticiple, u.lower)) && k < i - 1 &&
          (c.tok(k + 1).lower == "to" || c.tok(k + 1).lower == "with") && !c.InQuote(k)) {
        return SubjectBefore(c, k, sb);
      }
      break;
    }
  }
  // "He began by saying", "she responded by tweeting": the subject of the
  // verb before "by" speaks.
  if (i - 1 > sb && c.tok(i).lower == "by" && !c.InQuote(i) &&
      absl::EndsWith(c.tok(cue_begin).lower, "ing") && c.lex.InSet(WordSet::kByVerb, c.tok(i - 1).lower)) {
    return SubjectBefore(c, i - 1, sb);
  }
  // "The coach went on to claim", "she has repeatedly sought to argue": the
  // subject of the verb that takes "to" is the one who speaks.
  if (const std::optional<Np> r = SubjectOfCatenative(c, sb, i)) return *r;
  // "Tallyfold and Brightloom both say": a floating quantifier.
  if (i - 1 >= sb && (c.tok(i).lower == "both" || c.tok(i).lower == "all" || c.tok(i).lower == "each") &&
      WordToken(c.tok(i - 1)) &&
      (c.tok(i - 1).capitalized || IsSpeakerNoun(c.tok(i - 1)) || IsPronoun(c.tok(i - 1)))) {
    --i;
  }
  // "Hale himself acknowledged", "the senator herself said": a reflexive
  // that stresses the subject (not "told himself", an object).
  if (i - 1 >= sb && (c.lex.InSet(WordSet::kEmphaticReflexive, c.tok(i).lower)) && WordToken(c.tok(i - 1)) &&
      !c.InQuote(i - 1) && (c.tok(i - 1).capitalized || IsSpeakerNoun(c.tok(i - 1))) &&
      !IsFunctionWord(c.tok(i - 1)) && VerbClassOf(c.tok(i - 1)) == CueClass::kNone) {
    --i;
  }
  if (const std::optional<Np> r = SkipBetweenSubjectAndVerb(c, cue_begin, sb, i)) return *r;
  if (i < sb) return {};
  // "Sen. Elizabeth Dawlish (D-MA) said": skip a parenthetical before the cue.
  int paren_end = -1;
  // ("Sen. Owen Tarrant (a Nevada Democrat so soft-spoken he has been
  // taken for a shy intern) says": an aside in brackets, however long.)
  if (c.tok(i).IsPunct(")")) {
    int j = i - 1;
    while (j >= sb && j > i - 30 && !c.tok(j).IsPunct("(") && !c.tok(j).IsPunct(")")) --j;
    if (j - 1 >= sb && c.tok(j).IsPunct("(")) {
      paren_end = i + 1;
      i = j - 1;
    }
  }
  if (paren_end >= 0) {
    Np np = NpEndingAt(c, i, sb, 0);
    if (np.valid()) return {np.begin, paren_end};
    return {};
  }
  // "Lisle — mentioned by Newsmax as a running mate — told …": the
  // subject before an aside set off by dashes.
  if (DashAt(c, i)) {
    for (int j = i - 1; j > sb && j > i - 30 && !c.InQuote(j); --j) {
      if (!DashAt(c, j)) continue;
      Np np = NpEndingAt(c, j - 1, sb, 0);
      // ("And Voss - two years younger than … - admitted": after a
      // conjunction that opens the sentence too.)
      if (np.valid() && (np.begin == sb || c.tok(np.begin - 1).IsPunct(",") ||
                         c.tok(np.begin - 1).kind == TokenKind::kQuote ||
                         (np.begin - 1 == sb && (c.tok(sb).lower == "and" || c.tok(sb).lower == "but")))) {
        // "Intelligence officials — including NSA Director Michael Kimber —
        // say": the aside names them; it belongs to the speaker.
        const absl::string_view w = c.tok(j + 1).lower;
        if (c.lex.InSet(WordSet::kMemberAsideOpener, w)) return {np.begin, i + 1};
        return np;
      }
      break;
    }
  }
  // "Dan Garbutt, host of KTV9's “Wake Up Dan,” suggested": the comma
  // that closes the appositive sits inside a title's closing mark.
  if (const std::optional<Np> r = SubjectBeforeComma(c, cue_begin, sb, i)) return *r;
  Np np = NpEndingAt(c, i, sb, 0);
  // "Ann Cole, the press officer for the council said": a person's
  // description is the phrase before the verb, its closing comma left out;
  // the name before it, opening the sentence or following a quote, speaks.
  // (Not a report set into its subject's clause, "Ode, a close aide said,
  // is very calm": a comma after the verb.)
  const bool set_in = cue_begin + 1 < c.ntok() && c.tok(cue_begin + 1).IsPunct(",");
  // ("Ann Cole, president and CEO of the association said": two roles
  // joined before the phrase.)
  int role_begin = np.valid() ? np.begin : -1;
  while (role_begin - 1 > sb && role_begin > np.begin - 3 && !c.InQuote(role_begin - 1) &&
         WordToken(c.tok(role_begin - 1)) &&
         (c.tok(role_begin - 1).lower == "and" || IsTitleWord(c.tok(role_begin - 1)) ||
          IsSpeakerNoun(c.tok(role_begin - 1))) &&
         !c.tok(role_begin - 1).capitalized) {
    --role_begin;
  }
  const bool roles_joined = role_begin < (np.valid() ? np.begin : -1) && c.tok(role_begin).lower != "and";
  if (np.valid() && role_begin - 2 >= sb && c.tok(role_begin - 1).IsPunct(",") &&
      !c.InQuote(role_begin - 1) && (IsDescription(c, np) || roles_joined) && !set_in) {
    bool person_role = false;
    for (int k = role_begin; k < np.end && k < role_begin + 5; ++k) {
      const Token& u = c.tok(k);
      if ((u.flags & kFlagBodyNoun) != 0 || IsPreposition(u)) break;
      person_role |= IsTitleWord(u) || (IsSpeakerNoun(u) && !absl::EndsWith(u.lower, "s"));
    }
    const Np name = NpEndingAt(c, role_begin - 2, sb, 0);
    if (person_role && name.valid() && c.tok(name.begin).capitalized && c.tok(role_begin - 2).capitalized &&
        WordToken(c.tok(role_begin - 2)) && !IsFunctionWord(c.tok(role_begin - 2)) &&
        !IsDescription(c, name) && (name.begin == sb || c.tok(name.begin - 1).kind == TokenKind::kQuote)) {
      return name;
    }
  }
  // "Tom Hale, spokesman for software firm Zeta said": a description after
  // a name that opens the sentence, its closing comma left out; the phrase
  // before the verb is the object of the description's preposition, and
  // the name speaks.
  int prep = np.valid() ? np.begin - 1 : -1;
  // (Past a lowercase noun or two before the name: "for software firm Zeta".)
  while (prep > sb && prep >= np.begin - 3 && WordToken(c.tok(prep)) && !c.tok(prep).capitalized &&
         !IsPreposition(c.tok(prep)) && (!IsFunctionWord(c.tok(prep)) || IsDeterminer(c.tok(prep))) &&
         c.tok(prep).cue_class == 0 && !IsFiniteAuxiliary(c.tok(prep)) && !c.InQuote(prep)) {
    --prep;
  }
  if (const std::optional<Np> r = SubjectBeforePreposition(c, sb, np, prep)) return *r;
  // "has won less praise than aides say she deserves": after "than", the
  // comparison's other side speaks.
  if (np.valid()) {
    for (int k = np.end - 2; k >= np.begin; --k) {
      if (c.tok(k).lower == "than" && !c.InQuote(k)) {
        np.begin = k + 1;
        break;
      }
    }
  }
  // "…, teachers and union officials told POLITICO": two kinds of people
  // joined after the comma speak together.
  if (np.valid() && np.begin - 3 >= sb &&
      (c.tok(np.begin - 1).lower == "and" || c.tok(np.begin - 1).lower == "or")) {
    const Token& other = c.tok(np.begin - 2);
    const Token& before = c.tok(np.begin - 3);
    if (WordToken(other) && !other.capitalized && IsSpeakerNoun(other) && absl::EndsWith(other.lower, "s") &&
        !c.InQuote(np.begin - 2) && (before.IsPunct(",") || before.kind == TokenKind::kQuote)) {
      np.begin -= 2;
    }
  }
  // "“…,” Ilse Brandvold, a Green member of the regional assembly said": a
  // description after a name, its closing comma left out, still describes
  // the name; the name speaks. (Not "Ostrander, a top aide said, “is quietly
  // hopeful”": a name that opens the sentence is what the aide's words
  // are about.)
  if (np.valid() && np.begin - 2 >= sb && c.tok(np.begin - 1).IsPunct(",") && IsDescription(c, np)) {
    Np head = ChainHeadBefore(c, i + 1, sb, sb);
    if (head.valid() && head.end == np.begin - 1 && head.begin > sb &&
        (c.tok(head.begin - 1).kind == TokenKind::kQuote ||
         (c.tok(head.begin - 1).IsPunct(",") && head.begin - 2 >= sb &&
          c.tok(head.begin - 2).kind == TokenKind::kQuote))) {
      return head;
    }
  }
  if (np.valid()) return np;
  return SubjectPastModifier(c, cue_begin, sb, i);
}

Np SpeakerPhraseBefore(const Context& c, int cue_begin, int sb) {
  // "A person familiar with the agenda for Friday's auction says": a
  // speaker noun after a determiner or at the clause's start, then
  // prepositional phrases up to the cue.
  int i = cue_begin - 1;
  while (i >= sb && IsAdverb(c.tok(i)) && !c.tok(i).capitalized) --i;
  int found = -1;
  for (int k = i; k >= sb && k > i - 14; --k) {
    const Token& u = c.tok(k);
    if (c.InQuote(k) || !(u.IsWordLike() || u.IsPunct("-"))) break;
    // A verb ends the phrase; a verb form after "the" is a noun ("the planning").
    bool noun_use = k - 1 >= sb && (IsDeterminer(c.tok(k - 1)) || IsPossessive(c.tok(k - 1).text));
    if ((VerbClassOf(u) != CueClass::kNone && !noun_use) || (IsAuxiliary(u) && !IsAdverb(u))) break;
    if (IsSpeakerNoun(u) && k < i) {
      int b = k;
      if (b - 1 >= sb && (IsDeterminer(c.tok(b - 1)) || c.tok(b - 1).lower == "one")) --b;
      while (b - 1 >= sb && WordToken(c.tok(b - 1)) && !IsFunctionWord(c.tok(b - 1)) &&
             !IsPreposition(c.tok(b - 1)) && VerbClassOf(c.tok(b - 1)) == CueClass::kNone && b > k - 3) {
        --b;  // "a senior party official": adjectives before the noun
      }
      if (b - 1 >= sb && IsDeterminer(c.tok(b - 1))) --b;
      bool opens =
          b == sb || c.tok(b - 1).IsPunct(",") || c.tok(b - 1).lower == "and" || c.tok(b - 1).lower == "but";
      // The phrase after the noun must be prepositional ("familiar with …").
      bool pp = k + 1 <= i && (IsPreposition(c.tok(k + 1)) || c.tok(k + 1).lower == "close");
      if (opens && pp) found = b;
    }
  }
  if (found < 0) return {};
  return {found, i + 1};
}

Np CoordinatedSubject(const Context& c, int cue_begin, int sb, int se) {
  int i = cue_begin - 1;
  // "… but have speculated that", "and would later insist": adverbs and
  // auxiliaries other than "be" (a passive after "and" is no report of the
  // subject's) stand between the conjunction and the joined verb.
  bool auxiliary = false;
  while (i >= sb && !c.tok(i).capitalized &&
         (IsAdverb(c.tok(i)) || (IsAuxiliary(c.tok(i)) && !IsBe(c.tok(i))))) {
    auxiliary |= !IsAdverb(c.tok(i));
    --i;
  }
  if (i <= sb || !(c.tok(i).lower == "and" || c.tok(i).lower == "but")) return {};
  // "Okafor said Lionel was in a senior post and said he should
  // resign": the same reporting verb again is its first subject's.
  // (A quote in the first report is passed over: "said that Keller is a
  // “kind, honest boss,” and said that …".)
  for (int k = i - 1; k > sb; --k) {
    if (c.InQuote(k) || c.tok(k).kind == TokenKind::kQuote) continue;
    if (c.tok(k).IsPunct(";")) break;
    if (c.tok(k).lower == c.tok(cue_begin).lower && VerbClassOf(c.tok(k)) != CueClass::kNone) {
      Np first = SubjectBefore(c, k, sb);
      if (first.valid()) return first;
      break;
    }
  }
  // "Dana Crewe says the league should … – but insists that …": a
  // reporting verb in -s joined to an earlier one in -s is its subject's
  // again, not that of the clause it reported.
  const Token& cue_tok = c.tok(cue_begin);
  if (absl::EndsWith(cue_tok.lower, "s") && !absl::EndsWith(cue_tok.lower, "ss")) {
    for (int k = i - 1; k > sb; --k) {
      if (c.InQuote(k) || c.tok(k).IsPunct(";")) break;
      const Token& u = c.tok(k);
      if (VerbClassOf(u) != CueClass::kNone && !u.capitalized && absl::EndsWith(u.lower, "s") &&
          !absl::EndsWith(u.lower, "ss") && (k == sb || !IsNounDeterminer(c.tok(k - 1)))) {
        Np first = SubjectBefore(c, k, sb);
        if (first.valid()) return first;
        break;
      }
    }
  }
  // "Rawlins, who endorsed Ebbing in May and said he would …": a verb joined
  // to one in a relative clause shares its subject, the relative pronoun.
  for (int k = i - 1; k > sb && k > i - 20; --k) {
    const Token& u = c.tok(k);
    if (c.InQuote(k) || u.IsPunct(";") || u.IsPunct(":")) break;
    if (u.lower != "who" || k + 1 >= i) continue;
    const Token& v = c.tok(k + 1);
    if (LooksFinite(v) || VerbClassOf(v) != CueClass::kNone) {
      return {k, k + 1};
    }
    break;
  }
  // "he had spoken with federal officials and expected aid to be approved":
  // the subject of the verb it is joined to, a pronoun or name just before
  // an auxiliary or a verb, in the same clause.
  for (int k = i - 1; k >= sb && k > i - 25; --k) {
    const Token& u = c.tok(k);
    // A quote inside the first verb's phrase is passed over: "called himself
    // “very pro-choice” and admitted …".
    if (c.InQuote(k) || u.kind == TokenKind::kQuote) continue;
    if (u.IsPunct(";") || u.IsPunct(":")) break;
    if (k + 1 >= i) continue;
    const Token& v = c.tok(k + 1);
    if (!LooksFinite(v)) continue;
    if (IsPronoun(u) && PronounOf(u) != PronounKind::kThing) return {k, k + 1};
    if (NameWord(c, k, sb)) {
      Np np = NpEndingAt(c, k, sb, 0);
      if (np.valid()) return np;
    }
  }
  // "Nuclear experts have dismissed the claims, but have speculated that …":
  // a verb phrase with its own auxiliary after the conjunction has no
  // subject of its own; it is the main clause's, when that subject stands
  // right before its verb and no clause of another subject comes between.
  if (auxiliary) {
    Np s = SentenceSubject(c, sb, se);
    if (s.valid() && s.end < i) {
      const Token& v = c.tok(s.end);
      bool verb_next = LooksFinite(v) || VerbClassOf(v) != CueClass::kNone;
      for (int k = s.end; verb_next && k < i; ++k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.IsPunct(";") || u.IsPunct(":") || u.lower == "that" || u.lower == "who" ||
            u.lower == "which" || IsSubordinator(u) || (k > s.end && IsPronoun(u))) {
          verb_next = false;
        }
      }
      if (verb_next) return s;
    }
  }
  return {};
}

Np PlainSubjectBefore(const Context& c, int cue_begin, int sb) {
  int i = cue_begin - 1;
  while (i >= sb && !c.tok(i).capitalized && (IsAuxiliary(c.tok(i)) || IsAdverb(c.tok(i)))) --i;
  if (i < sb || c.InQuote(i)) return {};
  const Token& head = c.tok(i);
  if (!WordToken(head) || head.capitalized || IsFunctionWord(head) || IsPronoun(head) ||
      VerbClassOf(head) != CueClass::kNone || IsPreposition(head)) {
    return {};
  }
  int b = i;
  while (b - 1 >= sb && b > i - 5 && !c.InQuote(b - 1)) {
    const Token& u = c.tok(b - 1);
    if (!WordToken(u) && u.kind != TokenKind::kNumber) break;
    if (IsDeterminer(u) || IsPossessivePronoun(u)) {
      --b;
      break;
    }
    if (IsFunctionWord(u) || IsPreposition(u) || IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone) {
      break;
    }
    --b;
  }
  // "Rawlins' team": a possessive written with a bare apostrophe.
  if (b - 2 >= sb && c.tok(b - 1).kind == TokenKind::kQuote && !c.tok(b - 1).space_before &&
      !c.InQuote(b - 1) && WordToken(c.tok(b - 2)) && c.tok(b - 2).capitalized) {
    b -= 2;
    while (b - 1 >= sb && WordToken(c.tok(b - 1)) && c.tok(b - 1).capitalized &&
           !IsFunctionWord(c.tok(b - 1)))
      --b;
  }
  // The phrase opens its clause: the sentence, or after a comma or conjunction.
  if (b > sb) {
    const Token& before = c.tok(b - 1);
    if (!(before.IsPunct(",") || before.IsPunct(";") || before.IsPunct("—") || before.IsPunct("-") ||
          before.lower == "and" || before.lower == "but" || before.lower == "because" ||
          before.lower == "as" || before.lower == "while" || before.lower == "although" ||
          before.lower == "which" || before.lower == "who" || before.lower == "whom" ||
          before.lower == "that")) {
      return {};
    }
  }
  return {b, i + 1};
}

// "vice-chairman", "co-founder", "ex-minister": a role written with a prefix.
bool IsPrefixedRole(const Context& c, const Token& t) {
  if (t.capitalized || !WordToken(t)) return false;
  size_t dash = t.lower.rfind('-');
  if (dash == absl::string_view::npos || dash + 1 >= t.lower.size()) return false;
  const absl::string_view tail = t.lower.substr(dash + 1);
  return c.lex.titles.contains(tail) || c.lex.speaker_nouns.contains(tail);
}

Np WithoutAge(const Context& c, Np np) {
  if (np.end - np.begin >= 2 && absl::EndsWith(c.tok(np.begin).lower, "-year-old") &&
      WordToken(c.tok(np.begin + 1)) && c.tok(np.begin + 1).capitalized) {
    ++np.begin;
  }
  return np;
}

// Extends the phrase after a cue that starts at i, word by word, to its end e:
// past modifiers, names, "of" and its object, numbers; last_head is the end of
// its last head noun and head_noun whether a noun for a speaker heads it.
void ExtendPhraseAfter(const Context& c, int i, int se, bool det, int description_end, int& e, int& last_head,
                       bool& head_noun) {
  while (e < se && !c.InQuote(e)) {
    const Token& u = c.tok(e);
    // "said PBS' Marit Oxenham": the apostrophe of a name in -s, then the
    // person's name.
    if (c.IsPossessiveMark(e) && c.tok(e - 1).capitalized && e + 1 < se && c.tok(e + 1).capitalized &&
        !c.InQuote(e + 1)) {
      ++e;
      continue;
    }
    // ("Democratic U.S. Rep. Gwen Yeadon": an abbreviation inside the name.)
    if (u.IsPunct(".") && (IsTitleAbbreviation(c.lex, c.tok(e - 1)) ||
                           (IsInitial(c.tok(e - 1)) && e + 1 < se && NameWord(c, e + 1, i)) ||
                           (c.lex.other_abbreviations.contains(c.tok(e - 1).text) && e + 1 < se &&
                            !c.InQuote(e + 1) && c.tok(e + 1).capitalized) ||
                           (IsNameSuffix(c.lex, c.tok(e - 1)) && e - 1 > i))) {
      ++e;
      if (IsNameSuffix(c.lex, c.tok(e - 2))) last_head = e;
      continue;
    }
    // A small number inside a name: "Radio 4's", "Channel 5 News" (style
    // books spell out small counts, so "told CNN 3 …" is rare).
    if (u.kind == TokenKind::kNumber && e > i && c.tok(e - 1).capitalized &&
        std::count_if(u.text.begin(), u.text.end(), [](char ch) { return absl::ascii_isdigit(ch); }) <= 2 &&
        (IsPossessive(u.text) || (e + 1 < se && !c.InQuote(e + 1) && c.tok(e + 1).capitalized))) {
      ++e;
      last_head = e;
      continue;
    }
    // "said the 46-year-old": an age names a person, as a noun would.
    if (det && absl::EndsWith(u.lower, "-year-old")) {
      ++e;
      last_head = e;
      head_noun = true;
      continue;
    }
    // A year or a count after the determiner: "a 2013 study", "the 2014
    // report", "some 200 economists".
    if (u.kind == TokenKind::kNumber && det && e == i + 1 && e + 1 < se && !c.InQuote(e + 1) &&
        WordToken(c.tok(e + 1))) {
      ++e;
      continue;
    }
    if (!WordToken(u)) break;
    // (The role's own words before the name, "of" among them: "chief of
    // staff".)
    if (e < description_end && u.lower == "of") {
      ++e;
      continue;
    }
    // After a head noun only more nouns follow: "the former army officer praised".
    if (head_noun && !u.capitalized && !IsSpeakerNoun(u) && e >= description_end) break;
    // (A capitalised one is a word of a name: "said Harwell Equity Group
    // insurance analyst Jay Nuttall".)
    if (IsSpeakerNoun(u) && !u.capitalized) head_noun = true;
    if (u.capitalized || IsTitleWord(u)) {
      ++e;
      last_head = e;
      continue;
    }
    if (IsNameJoiner(u) && e + 1 < se && c.tok(e + 1).capitalized) {
      ++e;
      continue;
    }
    // "former Ohio Gov. and Farm Bureau Chairman Hal Brenner", "chairman and
    // chief executive John Pruett": two offices joined
    // by "and" before the name.
    if (u.lower == "and" && e + 1 < se && !c.InQuote(e + 1) && WordToken(c.tok(e + 1)) &&
        (c.tok(e + 1).capitalized || IsTitleWord(c.tok(e + 1))) &&
        (IsTitleWord(c.tok(e - 1)) ||
         (c.tok(e - 1).IsPunct(".") && e - 2 >= i && IsTitleAbbreviation(c.lex, c.tok(e - 2))))) {
      ++e;
      continue;
    }
    if (IsPreposition(u) || IsAuxiliary(u) || (u.lower == "and" && e >= description_end) ||
        u.lower == "who" || u.lower == "that" || VerbClassOf(u) != CueClass::kNone) {
      break;
    }
    // "Morland dropped Fennimore", "The mayor heaped praise": a verb in the
    // past after a name or a speaker noun ends the phrase.
    if ((c.tok(e - 1).capitalized || IsSpeakerNoun(c.tok(e - 1))) && !IsFunctionWord(c.tok(e - 1)) &&
        (absl::EndsWith(u.lower, "ed") || HasFlag(u, kFlagIrregularPast))) {
      break;
    }
    ++e;
    if (IsSpeakerNoun(u) || IsPossessive(u.text)) last_head = e;
  }
}

Np NpAfter(const Context& c, int from, int se) {
  int i = SkipAdverbsForward(c, from, se);
  if (i >= se || c.InQuote(i)) return {};
  // "said former Ohio governor Martin Keel", "said former secretary
  // of state Ruth Allamby": "former" opens the description it belongs to.
  if (c.tok(i).lower == "former" && i + 1 < se && !c.InQuote(i + 1) && WordToken(c.tok(i + 1))) {
    Np rest = NpAfter(c, i + 1, se);
    if (rest.valid() && rest.begin == i + 1) return {i, rest.end};
  }
  // "said 20-year-old politics student Nick Horsfall", "said 46-year-old
  // Jane Holt": an age before the description or the name.
  if (absl::EndsWith(c.tok(i).lower, "-year-old") && i + 1 < se && !c.InQuote(i + 1) &&
      WordToken(c.tok(i + 1))) {
    Np rest = NpAfter(c, i + 1, se);
    if (rest.valid() && rest.begin == i + 1) return {i, rest.end};
  }
  const Token& t = c.tok(i);
  if (!WordToken(t)) return {};
  // "said one of the men", "said some of his aides": a part of a group
  // the phrase after "of" names.
  if (c.lex.InSet(WordSet::kGroupPart, t.lower) && i + 2 < se && c.tok(i + 1).lower == "of" &&
      !c.InQuote(i + 1) && (IsDeterminer(c.tok(i + 2)) || IsPossessivePronoun(c.tok(i + 2)))) {
    const Np rest = NpAfter(c, i + 2, se);
    if (rest.valid() && rest.begin == i + 2) return {i, rest.end};
  }
  if (IsPronoun(t)) return {i, i + 1};
  // "said one London-based broker": "one" as a determiner.
  bool det = (IsNounDeterminer(t) || IsDeterminer(t) || t.lower == "one") && t.lower != "that";
  // "said security firm Sophos", "warns network monitoring company
  // Sandvine": a bare description, its head a speaker noun or a title, then
  // the name it describes.
  int description_end = i;
  if (!det && !t.capitalized) {
    // (A party's or kind's word among them: "said undecided Republican
    // voter Wendy Larchmont".)
    // ("warns former engineer and software analyst Ned Farrier":
    // two roles joined by "and".)
    // ("said master of ceremonies Asa Tabb", "says chief of staff Ann Lee":
    // "of" and a word in lower case inside the role.)
    auto role_of = [&](int k) {
      return c.tok(k).lower == "of" && k > i && k + 2 < se && !c.InQuote(k + 1) && WordToken(c.tok(k + 1)) &&
             !c.tok(k + 1).capitalized && !IsFunctionWord(c.tok(k + 1));
    };
    int k = i;
    while (k < se && k < i + 6 && !c.InQuote(k) && WordToken(c.tok(k)) &&
           (!c.tok(k).capitalized || (k > i && c.lex.kind_adjectives.contains(c.tok(k).text))) &&
           (!IsFunctionWord(c.tok(k)) || role_of(k) ||
            (c.tok(k).lower == "and" && k > i && k + 1 < se && !c.tok(k + 1).capitalized)) &&
           (!IsPreposition(c.tok(k)) || role_of(k)) && !IsAuxiliary(c.tok(k)) && !IsAdverb(c.tok(k)) &&
           VerbClassOf(c.tok(k)) == CueClass::kNone) {
      ++k;
    }
    // (A role the word lists do not hold, by its ending: "programmer",
    // "novelist", "consultant".)
    auto agentive = [](const Token& u) {
      const absl::string_view w = u.lower;
      return w.size() >= 6 && (absl::EndsWith(w, "er") || absl::EndsWith(w, "or") ||
                               absl::EndsWith(w, "ist") || absl::EndsWith(w, "ant"));
    };
    // (Or any noun before a name of two words or more: "said retired
    // neurosurgeon Ben Upshaw", "said longtime friend Roger Quennell"; not a
    // word of time, "said last week …".)
    const bool named_next = k + 1 < se && !c.InQuote(k + 1) && WordToken(c.tok(k + 1)) &&
                            c.tok(k + 1).capitalized && !IsFunctionWord(c.tok(k + 1));
    bool plain_noun = k > i && named_next && !IsWeekday(c.tok(k)) && !IsMonth(c.tok(k));
    for (int j = i; j < k && plain_noun; ++j)
      plain_noun = !c.lex.InSet(WordSet::kTimeBeforeName, c.tok(j).lower);
    if (k > i && k < se && !c.InQuote(k) && WordToken(c.tok(k)) && c.tok(k).capitalized &&
        !IsFunctionWord(c.tok(k)) && c.tok(k - 1).lower != "and" &&
        (IsSpeakerNoun(c.tok(k - 1)) || IsTitleWord(c.tok(k - 1)) || agentive(c.tok(k - 1)) || plain_noun)) {
      description_end = k;
    }
  }
  if (!det && !t.capitalized && !IsTitleWord(t) && !IsSpeakerNoun(t) && !IsPrefixedRole(c, t) &&
      description_end == i) {
    return {};
  }
  int e = i + 1;
  // "The plan …": a capitalised determiner opening the sentence heads nothing.
  int last_head = IsSpeakerNoun(t) || (t.capitalized && !det) ? e : -1;
  bool head_noun = IsSpeakerNoun(t);
  ExtendPhraseAfter(c, i, se, det, description_end, e, last_head, head_noun);
  if (last_head < 0) return {};
  e = last_head;
  // A postmodifier: "a spokesman for the ministry", "people familiar with the talks",
  // "one Republican involved in the drafting", "a strategist briefed on the bill".
  // (After "one" or "a" and a capitalised word, only the participles:
  // "one Democrat familiar with the draft"; not "the Pryor ad hits
  // Keller for taking", "warned the Courier to steer away".)
  const absl::string_view post = e < se ? c.tok(e).lower : absl::string_view();
  const bool participle = c.lex.InSet(WordSet::kSpeakerPostmodifier, post);
  // (Not a preposition of time that opens a clause: "accused by tenant
  // groups after figures showed …".)
  if (e + 1 < se && ((((IsPreposition(c.tok(e)) && !IsSubordinator(c.tok(e))) || participle) &&
                      IsSpeakerNoun(c.tok(e - 1))) ||
                     (participle && (t.lower == "one" || t.lower == "a" || t.lower == "an") &&
                      e - 1 == i + 1 && c.tok(e - 1).capitalized))) {
    int k = e + 1;
    if (k < se && IsPreposition(c.tok(k))) ++k;
    int end = k;
    // (A verb's form after a determiner is a noun: "involved in the
    // planning", "briefed on the talks".)
    // (A second preposition or a time ends it: "analysts from Citigroup in
    // a note to clients", "analysts from Citigroup on Friday"; not "of" or
    // a body's name running on, "the Institute for Fiscal Studies".)
    while (end < se && end < k + 5 && WordToken(c.tok(end)) && !c.InQuote(end) &&
           (VerbClassOf(c.tok(end)) == CueClass::kNone || (end > k && IsDeterminer(c.tok(end - 1)))) &&
           !(end > k && IsPreposition(c.tok(end)) && c.tok(end).lower != "of" &&
             (!OrgJoinerAt(c, end, k) ||
              (end + 1 < se && (IsWeekday(c.tok(end + 1)) || IsMonth(c.tok(end + 1)))))) &&
           !IsWeekday(c.tok(end)) && !IsMonth(c.tok(end))) {
      ++end;
    }
    // (Nor a phrase that says where the words were written or said: "wrote
    // analysts in a note to clients", "said officials in a statement".)
    bool medium = false;
    if (IsPreposition(c.tok(e)) && (c.tok(e).lower == "in" || c.tok(e).lower == "on")) {
      for (int m = e + 1; m < end && m <= e + 3 && !medium; ++m) medium = IsSpeechNoun(c.lex, c.tok(m));
    }
    if (end > k && !medium) e = end;
  }
  return {i, e};
}

namespace {

// The verb of a clause going straight on: an auxiliary (not one the
// adverbs' list shares, "even") or a past form in "-ed" ("which critics
// claim will cost", "a clerk who many believe cheated").
bool FiniteVerbAt(const Token& t) {
  return !IsAdverb(t) &&
         (IsAuxiliary(t) || (WordToken(t) && !t.capitalized && absl::EndsWith(t.lower, "ed")));
}

// "a scheme Greens hope will cut traffic", "a plan critics say
// would cost jobs": a relative clause with its pronoun left out, a people's
// phrase (a name, a speaker noun, a quantifier) right after a noun with its
// article, and a verb that takes a clause, not a thing ("the photo Marsh
// posted didn't show", "the initiative Talvex announced is" gap the verb's own
// object). The reported clause's verb follows at once, its subject the
// gap ("Many local farmers say they are keen" is a plain subject). The
// people's phrase's first token, or -1.
int ZeroRelativeSpeaker(const Context& c, int i, int sb, int se) {
  const int n = SkipAdverbsForward(c, i + 1, se);
  if (n >= se) return -1;
  if (!FiniteVerbAt(c.tok(n))) return -1;
  // ("a move they think could ease the backlog": a subject pronoun
  // is the people's phrase too, on its own.)
  // (Only with a verb that takes no object, or not one that could be the
  // gap: "the things he said were hurtful", "the claims they doubted were
  // proven" are the verb's own objects.)
  auto subject_pronoun = [&](int k) {
    const absl::string_view w = c.tok(k).lower;
    const absl::string_view v = c.tok(i).lower;
    const bool takes_no_object = absl::StartsWith(v, "think") || v == "thought" ||
                                 absl::StartsWith(v, "hope") || absl::StartsWith(v, "insist") ||
                                 absl::StartsWith(v, "contend") || absl::StartsWith(v, "reckon") ||
                                 absl::StartsWith(v, "believe") || absl::StartsWith(v, "argue");
    return takes_no_object && !c.InQuote(k) && (w == "they" || w == "he" || w == "she" || w == "we");
  };
  if (!c.lex.InSet(WordSet::kClauseOnlyVerb, c.tok(i).lower) || i - 1 < sb ||
      !(IsSpeakerNoun(c.tok(i - 1)) || c.tok(i - 1).capitalized || subject_pronoun(i - 1))) {
    return -1;
  }
  auto people = [&](int k) {
    const Token& u = c.tok(k);
    if (k == i - 1 && subject_pronoun(k)) return true;
    return !c.InQuote(k) && WordToken(u) &&
           (u.capitalized || IsSpeakerNoun(u) || u.lower == "many" || u.lower == "some" || u.lower == "most");
  };
  int k = i - 1;
  while (k > sb && k >= i - 4 && people(k)) --k;
  // (An article before the noun: "the most optimistic economists" is one
  // phrase, and "that appeals courts said" a relative with its pronoun.)
  const absl::string_view article = k - 1 >= sb ? c.tok(k - 1).lower : absl::string_view();
  if (k == i - 1 || !(article == "a" || article == "an" || article == "the" || article == "this" ||
                      article == "these" || article == "those")) {
    return -1;
  }
  const Token& h = c.tok(k);
  const bool noun = WordToken(h) && !h.capitalized && !c.InQuote(k) && !IsFunctionWord(h) &&
                    !IsPreposition(h) && !IsAuxiliary(h) && !IsAdverb(h) && !IsPronoun(h) &&
                    !IsSubordinator(h) && VerbClassOf(h) == CueClass::kNone &&
                    !absl::EndsWith(h.lower, "ed") && !absl::EndsWith(h.lower, "ly") && h.lower != "and" &&
                    h.lower != "or" && h.lower != "but" && !IsSpeakerNoun(h);
  return noun ? k + 1 : -1;
}

// (A quote mark of a quote, not the apostrophe of "voters' patience".)
bool QuoteAhead(const Context& c, int from, int se) {
  for (int k = from; k < se && k < from + 12; ++k) {
    if (c.tok(k).IsPunct(".") || c.tok(k).IsPunct(";")) return false;
    if (c.tok(k).kind == TokenKind::kQuote && c.InQuote(k)) return true;
  }
  return false;
}

// "…, Gordon Pike-Arnell, an adviser, wrote on Friday.": a speaker set
// off by a comma from the clause before, the cue and a phrase ending the
// sentence. (Not a relative, "…, who spoke on condition of anonymity.",
// nor "to": "widely expected to be settled in June.")
bool SetOffSpeaker(const Context& c, int i, int n, int sb, int se) {
  if (c.tok(n).lower == "to") return false;
  const Np sp = SubjectBefore(c, i, sb);
  if (!sp.valid() || sp.begin - 1 <= sb || !c.tok(sp.begin - 1).IsPunct(",")) return false;
  const absl::string_view w0 = c.tok(sp.begin).lower;
  if (w0 == "who" || w0 == "which" || w0 == "that") return false;
  // (Nor a phrase that opens the sentence before its subject: "In a
  // changing economy, Millennials believe in …", "As an immigrant, she
  // felt for me.")
  return MainClauseStart(c, sb, se, /*pronoun_may_open=*/true) < sp.begin;
}

// After a verb, an object: a report when a clause or a quote follows it, or for a
// denial ("denied the charges"); not a thing kept or conceded ("kept the seat").
std::optional<bool> ObjectThenReport(const Context& c, int i, int n, int se, CueClass cls, const Token& nt) {
  if (IsDeterminer(nt) || nt.capitalized || IsSpeakerNoun(nt)) {
    // An object: a report when a clause follows it ("insisted the deal was
    // fair"), for denials ("denied the allegations"), or when a quote follows
    // ("described the talks as “very useful”"). Not "maintained the
    // pipeline", "conceded the race".
    if (QuoteAhead(c, n, se)) return true;
    if (cls == CueClass::kDenial) {
      // "had previously disavowed Scollard", "repudiated Wetherby": a person
      // disowned, not a claim denied.
      if (nt.capitalized &&
          (absl::StartsWith(c.tok(i).lower, "disavow") || absl::StartsWith(c.tok(i).lower, "repudiat")) &&
          (n + 1 >= se || !c.tok(n + 1).IsWordLike() || c.tok(n + 1).capitalized)) {
        return false;
      }
      // "denied Moreno a late equalizer": withheld something, not a denial.
      return !(nt.capitalized && n + 1 < se &&
               (c.tok(n + 1).lower == "a" || c.tok(n + 1).lower == "an" || c.tok(n + 1).lower == "the"));
    }
    if (cls == CueClass::kNeutral) return false;
    int preps_seen = 0;
    for (int k = n + 1; k < se && k < n + 12; ++k) {
      const Token& u = c.tok(k);
      // "acknowledged the apology and said he …": a second verb ends the
      // object; so does a relative clause on it ("points out another bill
      // that made $40 million available").
      // ("claims Ms Crane felt she had lost …": a verb of report right
      // after the noun is the clause's own.)
      // (A past form, "felt", "said", or a plain form after a plural noun,
      // "government figures show"; not a noun, "Crane's support", "the tax
      // dispute".)
      // ("insisted her staff never doubted they …": an adverb of negation
      // or time between the noun and that verb.)
      int pk = k - 1;
      if (pk > n && (c.tok(pk).lower == "never" || c.tok(pk).lower == "not" || c.tok(pk).lower == "also" ||
                     c.tok(pk).lower == "always" || c.tok(pk).lower == "still")) {
        --pk;
      }
      if (VerbClassOf(u) != CueClass::kNone && pk >= n && WordToken(c.tok(pk)) && !u.capitalized &&
          !IsFunctionWord(c.tok(pk)) && !IsAdverb(c.tok(pk)) && !IsAuxiliary(c.tok(pk))) {
        const Token& p = c.tok(pk);
        const bool past = IsIrregularPast(u) || absl::EndsWith(u.lower, "ed");
        const bool plain_after_plural = !absl::EndsWith(u.lower, "s") && !p.capitalized &&
                                        absl::EndsWith(p.lower, "s") && !absl::EndsWith(p.lower, "ss") &&
                                        !IsPossessive(p.text);
        if (past || plain_after_plural) return true;
      }
      const bool relative =
          u.lower == "which" || u.lower == "who" ||
          (u.lower == "that" && k + 1 < se &&
           ((IsAuxiliary(c.tok(k + 1)) && !IsAdverb(c.tok(k + 1))) || IsIrregularPast(c.tok(k + 1)) ||
            (WordToken(c.tok(k + 1)) && absl::EndsWith(c.tok(k + 1).lower, "ed"))));
      // ("insisted the attack was …": a verb's form right after a
      // determiner is a noun, "the attack", "his report".)
      const bool noun_form = IsDeterminer(c.tok(k - 1)) || IsPossessive(c.tok(k - 1).text);
      if ((VerbClassOf(u) != CueClass::kNone && !noun_form) || u.lower == "and" || u.lower == "but" ||
          relative) {
        break;
      }
      // "believe Deutsche Boerse, which has asked …, may offer": skip a
      // relative clause set off by commas.
      if (u.IsPunct(",") && cls == CueClass::kBelief && k + 1 < se &&
          (c.tok(k + 1).lower == "which" || c.tok(k + 1).lower == "who")) {
        int close = k + 2;
        while (close < se && close < k + 30 && !c.tok(close).IsPunct(",") && !c.tok(close).IsPunct(".")) {
          ++close;
        }
        if (close + 1 < se && c.tok(close).IsPunct(",")) {
          const Token& v = c.tok(close + 1);
          if (IsAuxiliary(v) && !IsAdverb(v)) return true;
        }
        break;
      }
      if (u.IsPunct(",") || u.IsPunct(".") || u.IsPunct(";")) break;
      // "Analysts expect the bank to hold rates", "urged Ukraine to …"
      if (u.lower == "to" && (cls == CueClass::kBelief || cls == CueClass::kWarning)) return true;
      // "insisted the deal with Iran was fair", "insisted the EU code of
      // conduct on arms exports meant …": up to two short phrases may
      // follow the noun.
      if (IsPreposition(u) && k > n + 1 && preps_seen < 2 && u.lower != "to" &&
          !IsPreposition(c.tok(k - 1))) {
        ++preps_seen;
        continue;
      }
      if (IsPreposition(u) || (IsAdverb(u) && !IsAuxiliary(u))) break;
      if ((IsAuxiliary(u) && !IsAdverb(u)) || IsIrregularPast(u) ||
          (k > n + 1 && !u.capitalized && absl::EndsWith(u.lower, "ed"))) {
        return true;
      }
    }
    return false;
  }
  return std::nullopt;
}

// After a verb, a bare subject and its verb ("claimed cheap loans were fuelling
// debt"): a clause with no "that".
std::optional<bool> BareClauseReport(const Context& c, int n, int se, const Token& nt) {
  if (((!nt.capitalized && WordToken(nt)) || nt.kind == TokenKind::kNumber) && !IsDeterminer(nt) &&
      !IsPreposition(nt)) {
    // A bare subject and its verb: "stating state authorities are in
    // charge", "claimed cheap access to credit was fuelling debt" (a short
    // phrase after the noun may stand between; a number may open it,
    // "thinks 2019's albums have not grabbed …").
    // ("insisted talks with the new owners are ongoing": one phrase; not
    // past a relative or a conjunction: "maintained contact with officials
    // who were …".)
    for (int k = n + 1, preps = 0; k < se && k < n + 9; ++k) {
      const Token& u = c.tok(k);
      if (!WordToken(u) || VerbClassOf(u) != CueClass::kNone) break;
      // ("suggest however that …", "rejected speculation that …": a clause
      // right after one word, or after a noun of stance, is reported.)
      if (u.lower == "that" && (k == n + 1 || IsStanceNoun(c.tok(k - 1)))) return true;
      if (u.lower == "who" || u.lower == "which" || u.lower == "that" || u.lower == "and" || u.lower == "or")
        break;
      if (IsPreposition(u) && ++preps > 1) break;
      if (IsAuxiliary(u) && !IsAdverb(u)) return true;
    }
  }
  return std::nullopt;
}

// After a verb, a phrase and then a quote, a colon or the end of the clause
// ("wrote on social media: …", "…, she wrote on Friday.").
std::optional<bool> PhraseThenReport(const Context& c, int i, int n, int sb, int se, CueClass cls,
                                     bool quote_before, const Token& nt, absl::string_view w) {
  if (IsPreposition(nt) || w == "out") {
    // A phrase, then a quote, colon or clause end: "wrote on social media."
    // ("…, Gordon Pike-Arnell, an adviser, wrote on Friday.": as a cue
    // that ends the sentence.)
    for (int k = n + 1; k < se && k < n + 9; ++k) {
      const Token& u = c.tok(k);
      // (A verb of belief or hope with a preposition has an object, not a
      // proposition: "hoping for a second “…”", "believe in “a fairer
      // system”"; only a colon or a quote set off by one reports.)
      const bool object_quote = u.kind == TokenKind::kQuote && cls == CueClass::kBelief &&
                                !c.tok(k - 1).IsPunct(",") && !c.tok(k - 1).IsPunct(":");
      if (u.IsPunct(":") || (u.kind == TokenKind::kQuote && !object_quote) || u.lower == "that") return true;
      // "claimed at first not to recall", "insisted in the interview to
      // have been": a loaded verb's infinitive after a short phrase.
      if ((cls == CueClass::kLoaded || cls == CueClass::kWarning) && k <= n + 5 && !c.InQuote(k) &&
          (u.lower == "to" || (u.lower == "not" && k + 1 < se && c.tok(k + 1).lower == "to")) && k + 1 < se &&
          WordToken(c.tok(u.lower == "to" ? k + 1 : k + 2)) && !c.tok(k + 1).capitalized &&
          !IsDeterminer(c.tok(k + 1))) {
        return true;
      }
      // ("As Tessa Marlow points out in her weekly column for Kestrel Daily, doing …": a
      // frame that opens the sentence; the clause after the comma is what
      // is pointed out, as after "As Marlow points out,".)
      // (Not "As Rafe joked with his old teammate at the time, …": time.)
      if (u.IsPunct(","))
        return QuoteAhead(c, k, se) || quote_before || (w != "with" && AsFrameBefore(c, k, sb));
      if (u.IsPunct(".") || u.IsPunct("?") || u.IsPunct("!"))
        return quote_before || SetOffSpeaker(c, i, n, sb, se);
    }
    return false;
  }
  return std::nullopt;
}

// A verb inside the time clause that opens the sentence ("After the mayor
// spoke, …") says when; what follows the comma that closes the clause is the
// main clause's, no one's report.
std::optional<bool> TimeClauseOpensSentence(const Context& c, int i, int sb, int se, bool quote_before,
                                            const Token& nt) {
  {
    // (Any verb the comma follows at once, "After Ardley testified,"; a
    // verb of speaking with its phrase of place or occasion, "As he spoke
    // to accept …,"; not a verb with its report, "While Selwyn declared
    // he would …,", which is one.)
    const absl::string_view sub = c.tok(sb).lower;
    const absl::string_view v = c.tok(i).lower;
    const bool speaking =
        absl::StartsWith(v, "spo") || absl::StartsWith(v, "speak") || absl::StartsWith(v, "testif");
    const bool time_clause =
        ((sub == "until" || sub == "after" || sub == "before" || sub == "when" || sub == "once") &&
         (speaking || nt.IsPunct(","))) ||
        ((sub == "as" || sub == "while") && speaking);
    if (time_clause && !quote_before && !c.InQuote(sb)) {
      bool comma_before = false;
      for (int k = sb + 1; k < i && !comma_before; ++k) comma_before = c.tok(k).IsPunct(",");
      bool closes = false;
      for (int k = i + 1; k < se && k < i + 15; ++k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.lower == "that" || u.IsPunct(":") || u.IsPunct(";")) break;
        if (u.IsPunct(",")) {
          closes = true;
          break;
        }
      }
      if (!comma_before && closes) return false;
    }
  }
  return std::nullopt;
}

// A verb of evidence before a clause with no "that" ("figures show the economy
// is growing"): a report when the subject has an article and its verb follows a
// few words on; not a thing shown ("the poll showed the mayor with a lead").
std::optional<bool> EvidenceVerbClause(const Context& c, int i, int n, int se, CueClass cls,
                                       const Token& nt) {
  {
    const absl::string_view v = c.tok(i).lower;
    const bool evidence = c.lex.InSet(WordSet::kEvidenceVerb, v);
    // (And any verb of saying or thinking before a clause whose subject is
    // a name or a phrase with an article: "The coach noted Harlow and Quint
    // have a harder time", "warned the plan would fail"; the object and an
    // auxiliary or "be" a few words on make it a clause.)
    const bool clause_subject = IsDeterminer(nt) || (nt.capitalized && WordToken(nt) && !IsPronoun(nt));
    // (Not a relative on the object, "exuded the confidence that has
    // defined", nor a second verb of the subject's, "continued its slide
    // and has tumbled".)
    // (Nor a relative with no pronoun, "explained the dire situation
    // Ardley is facing", "described a conversation she had": an article, a
    // noun, then a name or a pronoun before the auxiliary; nor a gerund
    // opening the sentence, "Writing a Word document can be …".)
    if ((evidence || (cls != CueClass::kAttitude && !c.tok(i).capitalized)) && clause_subject &&
        !c.InQuote(n)) {
      bool common_noun = false, second_subject = false;
      int limit = n + 7;
      for (int k = n + 1; k < se && k < limit; ++k) {
        const Token& u = c.tok(k);
        // ("Critics claim the levy, which the council says is needed, is little
        // more than …": a relative set off by commas inside the subject.)
        if (u.IsPunct(",") && !c.InQuote(k) && k + 1 < se &&
            (c.tok(k + 1).lower == "which" || c.tok(k + 1).lower == "who")) {
          int close = k + 2;
          while (close < se && close < k + 20 && !c.tok(close).IsPunct(",") && !c.tok(close).IsPunct(".") &&
                 !c.InQuote(close)) {
            ++close;
          }
          if (close < se && c.tok(close).IsPunct(",")) {
            limit += close - k + 1;
            k = close;
            continue;
          }
        }
        if (c.InQuote(k) || !WordToken(u) || IsPreposition(u) || u.cue_class != 0 || u.lower == "that" ||
            u.lower == "which" || u.lower == "who") {
          break;
        }
        if (IsFiniteAuxiliary(u) || IsBe(u)) {
          const Token& before = c.tok(k - 1);
          const bool zero_relative = !evidence && IsDeterminer(nt) && second_subject;
          if (k > n + 1 && (evidence || before.lower != "and") && !zero_relative) return true;
          break;
        }
        // (A name, a pronoun or an article after the object's noun opens the
        // relative's subject: "the situation Ardley is", "the situation the
        // mayor is".)
        if (common_noun && (u.capitalized || IsPronoun(u) || IsDeterminer(u))) second_subject = true;
        common_noun |= !u.capitalized && !IsFunctionWord(u) && !IsPronoun(u);
      }
    }
  }
  return std::nullopt;
}

// A stance takes an object or a complement ("criticized the plan", "called for a
// recount", "wants to win", "called him a liar").
std::optional<bool> StanceComplement(const Context& c, int i, int n, int se, CueClass cls, const Token& nt,
                                     absl::string_view w) {
  if (cls == CueClass::kAttitude) {
    // A stance takes an object or a complement: "criticized the plan",
    // "called for a recount", "wants to win", "called him a liar".
    // (And a doubt cast on a proposition: "experts have questioned whether
    // smart kettles are worth the extra cost".)
    // ("Mark Delacourt, …, agreed: “…”": a colon and the words agreed to;
    // not "for which she later apologized: “…”", a stance's object.)
    return IsDeterminer(nt) || nt.capitalized || IsPossessive(nt.text) || IsObjectWord(nt) ||
           nt.kind == TokenKind::kQuote ||
           (nt.IsPunct(":") && n + 1 < se && c.tok(n + 1).kind == TokenKind::kQuote &&
            absl::StartsWith(c.tok(i).lower, "agree")) ||
           // ("most tenants agreed they had no other choice": a clause
           // with no "that", its subject a pronoun.)
           (absl::StartsWith(c.tok(i).lower, "agree") &&
            (w == "he" || w == "she" || w == "they" || w == "we" || w == "i")) ||
           (absl::EndsWith(w, "ing") && !nt.capitalized) ||
           ((w == "whether" || w == "if") && absl::StartsWith(c.tok(i).lower, "question"));
  }
  return std::nullopt;
}

// A relative pronoun before the speaker is the subject of the reported clause
// ("the plan, which critics claim will cost millions"): the verb after the cue is
// that clause's.
std::optional<bool> RelativeClauseReport(const Context& c, int i, int n, int sb, int se, CueClass cls,
                                         const Token& nt, absl::string_view w) {
  const bool relative_clause_verb =
      FiniteVerbAt(nt) || IsIrregularPast(nt) || (w == "to" && n + 1 < se && c.tok(n + 1).lower == "be");
  if (relative_clause_verb && cls != CueClass::kAttitude) {
    for (int k = i - 1; k >= sb && k >= i - 7; --k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || !WordToken(u)) break;
      if (k < i - 1 && (u.lower == "which" || u.lower == "who" || u.lower == "whom" || u.lower == "that" ||
                        u.lower == "what")) {
        return true;
      }
      // (An adverb the auxiliaries' list shares, "even the most optimistic
      // Democrats", is part of the speaker's phrase.)
      if ((IsAuxiliary(u) && !IsAdverb(u)) || VerbClassOf(u) != CueClass::kNone || IsPreposition(u)) break;
    }
    if (FiniteVerbAt(nt) && ZeroRelativeSpeaker(c, i, sb, se) >= 0) return true;
  }
  return std::nullopt;
}

// A quote that ends the sentence before on "!", "?" or a period, and this
// sentence, in the same paragraph, opening with its speaker and the verb
// ("“… she is wrong!” Mr. Hale wrote on his blog.").
std::optional<bool> QuoteEndsSentenceBefore(const Context& c, int i, int n, int sb, int se) {
  if (sb >= 2 && i > sb && i - sb <= 6 && c.tok(sb - 1).kind == TokenKind::kQuote && c.InQuote(sb - 1) &&
      (c.tok(sb - 2).IsPunct("!") || c.tok(sb - 2).IsPunct("?") || c.tok(sb - 2).IsPunct(".")) &&
      c.a.segmentation.sentences[c.token_sentence[sb - 1]].paragraph ==
          c.a.segmentation.sentences[c.token_sentence[sb]].paragraph) {
    bool speaker_only = true;
    for (int k = sb; k < i && speaker_only; ++k) {
      const Token& u = c.tok(k);
      const bool abbreviation_dot =
          u.IsPunct(".") && k > sb && (IsInitial(c.tok(k - 1)) || IsTitleAbbreviation(c.lex, c.tok(k - 1)));
      speaker_only =
          !c.InQuote(k) && (abbreviation_dot || (WordToken(u) && VerbClassOf(u) == CueClass::kNone &&
                                                 !(IsAuxiliary(u) && !IsAdverb(u))));
    }
    // (And nothing after the verb but when, where or how it was said: "on
    // Twitter on Monday", not an object, "acknowledged the apology".)
    bool bare = n >= se || !c.tok(n).IsWordLike() || IsPreposition(c.tok(n)) || IsWeekday(c.tok(n)) ||
                c.tok(n).lower == "yesterday" || c.tok(n).lower == "today";
    for (int k = n; k < se && bare; ++k) {
      const Token& u = c.tok(k);
      bare = !c.InQuote(k) && u.kind != TokenKind::kQuote && u.lower != "that" && !IsAuxiliary(u) &&
             VerbClassOf(u) == CueClass::kNone && !IsPronoun(u);
    }
    if (speaker_only && bare) return true;
  }
  return std::nullopt;
}

// A weekday or "yesterday" right after the verb says when; what follows it is
// what the verb has, when a phrase of place or occasion runs to the end of the
// sentence ("…, Nora Pell insisted Thursday during a tour of the studios.").
std::optional<bool> TimeAfterVerb(const Context& c, int i, int n, int sb, int se, CueClass cls) {
  if (cls != CueClass::kAttitude && n < se && !c.InQuote(n) &&
      (IsWeekday(c.tok(n)) || c.tok(n).lower == "yesterday" || c.tok(n).lower == "today" ||
       c.tok(n).lower == "tonight")) {
    int m = n + 1;
    while (m < se && (c.lex.InSet(WordSet::kPartOfDay, c.tok(m).lower))) {
      ++m;
    }
    bool to_end = m >= se || c.tok(m).IsPunct(".");
    if (!to_end && IsPreposition(c.tok(m)) && c.tok(m).lower != "by") {
      for (int k = m + 1; k < se && k < m + 12; ++k) {
        const Token& u = c.tok(k);
        if (u.IsPunct(".")) {
          to_end = true;
          break;
        }
        // (A verb ends the phrase: "by suggesting", "a conference led by";
        // "a tour of morning shows" is still one phrase.)
        if (!WordToken(u) || c.InQuote(k) || (k == m + 1 && absl::EndsWith(u.lower, "ing")) ||
            (absl::EndsWith(u.lower, "ed") && u.lower.size() > 4) || IsAuxiliary(u) || u.lower == "that" ||
            u.lower == "by") {
          break;
        }
      }
    }
    if (to_end) return i > sb;
  }
  return std::nullopt;
}

// What stands before the verb: a quote it follows (“…,” said Ruiz; “…?” asked
// the minister), a clause it closes after a comma ("…, officials wrote."), or a
// quote that ends the sentence before; a report, whatever follows the verb.
std::optional<bool> ReportBeforeCue(const Context& c, int i, int n, int sb, int se, CueClass cls,
                                    bool& quote_before) {
  if (!quote_before && i - 1 > sb && c.tok(i - 1).IsPunct(",")) {
    for (int k = i - 2; k >= sb && k >= i - kQuoteToCueTokens; --k) {
      const Token& u = c.tok(k);
      if (c.IsPossessiveMark(k)) continue;
      if (u.kind == TokenKind::kQuote) {
        quote_before =
            k > sb && (c.tok(k - 1).IsPunct(",") || c.tok(k - 1).IsPunct("?") || c.tok(k - 1).IsPunct("!"));
        break;
      }
      if (u.IsPunct(";") || u.IsPunct(":") || VerbClassOf(u) != CueClass::kNone || IsAuxiliary(u)) break;
    }
  }
  // “…,” explains Ravell / “…?” asked the minister / “…,” Dunleavy barked:
  // right after a quote that ends on a comma, question or exclamation mark
  // (and a name or a short phrase), any reporting verb reports it.
  for (int k = i - 1; k >= sb && k >= i - 12; --k) {
    const Token& u = c.tok(k);
    // "Jeffrey M. Lister", "Mr. Smith", "James Heslop Jr.": the period of an
    // abbreviation inside the name.
    if (u.IsPunct(".") && k - 1 >= sb &&
        (IsInitial(c.tok(k - 1)) || IsNameSuffix(c.lex, c.tok(k - 1)) ||
         IsTitleAbbreviation(c.lex, c.tok(k - 1)))) {
      continue;
    }
    if (u.kind == TokenKind::kQuote && c.InQuote(k)) {
      if (k - 1 >= sb &&
          (c.tok(k - 1).IsPunct(",") || c.tok(k - 1).IsPunct("?") || c.tok(k - 1).IsPunct("!"))) {
        return true;
      }
      break;
    }
    if (!WordToken(u) || VerbClassOf(u) != CueClass::kNone || (IsAuxiliary(u) && !IsAdverb(u))) break;
  }
  // "“… she is wrong!” Mr. Hale wrote on his blog.": a quote that ends its
  // sentence on "!", "?" or a period, and the next sentence, in the same
  // paragraph, opening with its speaker and the verb.
  if (const std::optional<bool> r = QuoteEndsSentenceBefore(c, i, n, sb, se)) return *r;
  // "…, insists Mr Orlov, a Latvian who …" / "…, argued the minister.": a
  // cue set off after the clause, its speaker after it.
  if (n < se && i - 1 >= sb && c.tok(i - 1).IsPunct(",") &&
      (c.tok(n).capitalized || IsDeterminer(c.tok(n)) || IsSpeakerNoun(c.tok(n)) ||
       (WordToken(c.tok(n)) && !IsFunctionWord(c.tok(n))))) {
    Np after = NpAfter(c, n, se);
    if (after.valid() && (after.end >= se || c.tok(after.end).IsPunct(",") || c.tok(after.end).IsPunct(".") ||
                          c.tok(after.end).IsPunct(";"))) {
      return true;
    }
  }
  // "…, officials wrote.": a cue that ends the sentence after a comma
  // reports the clause before it.
  auto comma_before = [&]() {
    for (int k = std::max(sb, i - 8); k < i; ++k) {
      if (c.tok(k).IsPunct(",")) return true;
    }
    return false;
  };
  if (n >= se) return quote_before || comma_before();
  // "“…,” Miriam Oduya, a law professor, wrote last week.", "“…,” Pell
  // wrote to Marsh in a June 4, 2013 message.": after a quote, a verb
  // whose phrase of time, place or addressee runs to the sentence's end
  // reports it.
  if (quote_before && cls != CueClass::kAttitude) {
    for (int k = n; k < se; ++k) {
      const Token& u = c.tok(k);
      if (u.IsPunct(".") || u.IsPunct("!")) return true;
      if (c.InQuote(k) || u.kind == TokenKind::kQuote || u.lower == "that" || u.IsPunct(":") ||
          u.IsPunct(";") || u.IsPunct("?") || VerbClassOf(u) != CueClass::kNone || IsFiniteAuxiliary(u) ||
          IsBe(u) || u.lower == "who" || u.lower == "which") {
        break;
      }
    }
  }
  return std::nullopt;
}

// What the word right after the verb says: the end of the clause or an aside
// ("…, she wrote."), a pronoun subject ("insisted he would"), an -ing clause, a
// preposition a cue of its class takes ("warned of", "accused … of").
std::optional<bool> WordAfterVerb(const Context& c, int i, int n, int sb, int se, CueClass cls,
                                  const Token& nt, absl::string_view w, bool quote_before) {
  // ("- far too much, critics argue - on consultants": a dash that closes an
  // aside a dash opened; not "a hard habit - apologising - admitting …".)
  bool closes_aside = false;
  if (n < se && DashAt(c, n) && i - 2 >= sb && c.tok(i - 2).IsPunct(",")) {
    // (The nearest dash before, within an aside's length, opens it: an odd
    // count of dashes back to the sentence's start.)
    int dashes = 0, nearest = -1;
    for (int k = i - 3; k >= sb; --k) {
      if (DashAt(c, k) && !c.InQuote(k)) {
        ++dashes;
        if (nearest < 0) nearest = k;
      }
    }
    closes_aside = dashes % 2 == 1 && nearest >= i - 30;
  }
  if (nt.IsPunct(",") || nt.IsPunct(".") || nt.IsPunct("?") || nt.IsPunct("!") || nt.IsPunct(";") ||
      nt.IsPunct("—") || closes_aside) {
    // "…, officials noted." / "…,” he added, “…"
    return quote_before || nt.IsPunct(",") || i > sb;
  }
  if (IsPronoun(nt) && w != "it") return true;
  // "declaring it “another lost decade”": a quote naming what it is.
  // ("announced it could repay only half", "reported it had lost
  // money": "it" the subject of a clause, its verb next.)
  if (w == "it") {
    const bool clause =
        n + 1 < se && !c.InQuote(n + 1) &&
        (IsFiniteAuxiliary(c.tok(n + 1)) || FiniteVerbAt(c.tok(n + 1)) || IsIrregularPast(c.tok(n + 1)));
    return cls != CueClass::kNeutral || clause || QuoteAhead(c, n, se);
  }
  // "others consider moving there": a belief verb before an -ing form weighs
  // an action; it reports no proposition.
  // ("Ministers believed merging the agencies might help": the -ing form
  // opens a clause, its verb a few words on.)
  if (absl::EndsWith(w, "ing") && !nt.capitalized && cls != CueClass::kBelief) return true;
  // "insisted on paying his bill", "insists on a recount": a demand or an
  // act, not a claim.
  // (Not "insisted on Thursday": when, not what; nor "insisted on CNN
  // that …", where, with the report after "that" or a colon.)
  if (w == "on" && absl::StartsWith(c.tok(i).lower, "insist") && !(n + 1 < se && IsWeekday(c.tok(n + 1)))) {
    bool where = false;
    for (int k = n + 2; k < se && k < n + 6 && !where; ++k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || u.IsPunct(",") || u.IsPunct(".")) break;
      where = u.lower == "that" || u.IsPunct(":");
    }
    if (!where) return false;
  }
  // "the K7, which Mr Lindqvist described as “the most vital model for our
  // company”": the object gapped by a relative, then "as" and the quote.
  if (w == "as" && absl::StartsWith(c.tok(i).lower, "describ") && QuoteAhead(c, n + 1, se)) return true;
  if ((w == "of" || w == "about" || w == "against" || w == "on") && cls != CueClass::kNeutral) {
    // "admits about 2,000 students": a quantity, not a topic.
    return !(n + 1 < se && c.tok(n + 1).kind == TokenKind::kNumber);
  }
  if (w == "to" && (cls == CueClass::kWarning || cls == CueClass::kLoaded)) return true;
  return std::nullopt;
}

// Whether what follows a reporting verb other than say/tell/ask makes it a
// report: a clause ("insisted he would"), "that", a quote, a colon, or a
// prepositional phrase leading to one ("remarked in English: “…”").
bool ComplementReports(const Context& c, int i, int end, int sb, int se, CueClass cls) {
  int n = SkipAdverbsForward(c, end, se);
  // ("She concluded so warmly and simply, “…”": a phrase of adverbs
  // before the comma or colon that opens a quote.)
  if (const int p = SkipAdverbPhraseForward(c, end, se); p > n && p + 1 < se &&
                                                         (c.tok(p).IsPunct(",") || c.tok(p).IsPunct(":")) &&
                                                         c.tok(p + 1).kind == TokenKind::kQuote) {
    n = p;
  }
  // "warned only last month that …", "insisted this week that …": a bare
  // time between the verb and "that" says when, not what.
  for (int k = n; k < se && k < n + 5 && !c.InQuote(k); ++k) {
    const Token& u = c.tok(k);
    if (u.lower == "that") {
      if (k > n) n = k;
      break;
    }
    // ("found in 2014 that": a year says when, as a month does.)
    const bool year = u.kind == TokenKind::kNumber && u.text.size() == 4 &&
                      (absl::StartsWith(u.text, "19") || absl::StartsWith(u.text, "20"));
    if (!c.lex.InSet(WordSet::kTimeAfterCue, u.lower) && !IsWeekday(u) && !IsMonth(u) && !year) break;
  }
  // "…, Nora Pell insisted Thursday during a tour of radio studios.", "said
  // Monday the plan would fail": a weekday, or "yesterday", right after the
  // verb says when; what follows it is what the verb has.
  // (Only before the sentence's end or a phrase of place or occasion that
  // runs to it; a stance keeps the time as what it takes, "ruled Monday",
  // and so does "countered Sunday by suggesting …".)
  if (const std::optional<bool> r = TimeAfterVerb(c, i, n, sb, se, cls)) return *r;
  bool quote_before = false;
  for (int k = std::max(sb, i - 4); k < i; ++k) quote_before |= c.tok(k).kind == TokenKind::kQuote;
  // "“…,” Jared Kenworthy, a former adviser to Colby, wrote on his blog":
  // a speaker and an aside between the quote and the verb.
  if (const std::optional<bool> r = ReportBeforeCue(c, i, n, sb, se, cls, quote_before)) return *r;
  const Token& nt = c.tok(n);
  absl::string_view w = nt.lower;
  // "the scheme, which critics claim will cost millions", "a man who aides
  // insist was never told": the relative pronoun before the speaker is the
  // subject of the reported clause, and the verb goes straight on to its
  // auxiliary.
  // ("the council, which even the most hopeful Liberals doubt will
  // fall", "Marsh Pellew, whom many activists believed was …",
  // "what critics claim depicted …": "whom" and the free relative "what"
  // too, and a speaker of up to five words; a verb in the past tense as
  // well as an auxiliary: "a clerk who many believe cheated …".)
  // (An irregular past too, "which many voters believe hurt workers";
  // and "to be" after the verb, "a judge whom most lawyers consider to be
  // a maverick".)
  if (const std::optional<bool> r = RelativeClauseReport(c, i, n, sb, se, cls, nt, w)) return *r;
  if (const std::optional<bool> r = StanceComplement(c, i, n, se, cls, nt, w)) return *r;
  // "voters who feel “taken for granted”", "felt “let down”": a verb of
  // feeling before a participle, quoted or not, describes how someone
  // feels; it reports no proposition.
  if (nt.kind == TokenKind::kQuote && cls == CueClass::kBelief &&
      (absl::StartsWith(c.tok(i).lower, "feel") || c.tok(i).lower == "felt") && n + 1 < se &&
      WordToken(c.tok(n + 1)) && !c.tok(n + 1).capitalized &&
      (absl::EndsWith(c.tok(n + 1).lower, "ed") || absl::EndsWith(c.tok(n + 1).lower, "en") ||
       c.tok(n + 1).lower == "let")) {
    return false;
  }
  if (w == "that" || nt.IsPunct(":") || nt.kind == TokenKind::kQuote) return true;
  // "research has shown the great majority have switched suppliers",
  // "figures show the economy is growing": a verb of evidence before a
  // clause with no "that", its subject a phrase with an article and its
  // verb an auxiliary a few words on (not "the poll showed the president
  // with a lead": a thing shown).
  if (const std::optional<bool> r = EvidenceVerbClause(c, i, n, se, cls, nt)) return *r;
  // "people who write computer viruses", "writes songs": a verb of writing
  // before a bare noun has a thing written for object, no report.
  if (absl::StartsWith(c.tok(i).lower, "writ") || c.tok(i).lower == "wrote") {
    if (WordToken(nt) && !nt.capitalized && !c.InQuote(n) && !IsFunctionWord(nt) && !IsPronoun(nt) &&
        !IsDeterminer(nt) && !IsPreposition(nt) && !IsAdverb(nt) && !IsAuxiliary(nt) && nt.cue_class == 0 &&
        !IsWeekday(nt) && !c.lex.InSet(WordSet::kWriteParticle, w)) {
      return false;
    }
  }
  if (w == "how" || w == "why" || w == "what" || w == "whether" || w == "when" || w == "where" ||
      w == "who" || w == "if") {
    return true;  // "explained how …", "added when …"
  }
  // "Until the mayor spoke, both …", "After Okafor testified, Varga …",
  // "As she rose to accept the award, Lindqvist became …": a verb inside
  // the time clause that opens the sentence says when; what follows the
  // comma that closes it is the main clause's, no one's report. (With
  // "as", only speaking itself: "As the Gazette revealed, …" frames the
  // report that follows.)
  if (const std::optional<bool> r = TimeClauseOpensSentence(c, i, sb, se, quote_before, nt)) return *r;
  if (const std::optional<bool> r = WordAfterVerb(c, i, n, sb, se, cls, nt, w, quote_before)) return *r;
  if (const std::optional<bool> r = PhraseThenReport(c, i, n, sb, se, cls, quote_before, nt, w)) return *r;
  // "wrote the memo Oct. 9 to …", "wrote a children's book", "issued a
  // detailed report": a verb of making a text, with the text as its
  // object, makes it and reports nothing itself (what the text says has
  // verbs of its own: "a letter saying …").
  if (TakesPropositionalObject(c.tok(i)) && !c.tok(i).capitalized) {
    const absl::string_view v = c.tok(i).lower;
    if (c.lex.InSet(WordSet::kTextMakingVerb, v)) {
      for (int k = n; k < se && k < n + 6; ++k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.kind == TokenKind::kQuote || u.lower == "that" || IsPreposition(u) ||
            u.IsPunct(";") || u.IsPunct(":")) {
          break;
        }
        if (IsDocumentNoun(c.lex, u) && !u.capitalized) return false;
        // "posted a 222% rise in profit", "posted a photo", "posted their
        // thoughts", "tweeted a chart of crime statistics": a result, a
        // picture or a message posted, no claim.
        if ((c.lex.InSet(WordSet::kPostingVerb, v)) && !u.capitalized &&
            c.lex.InSet(WordSet::kPostedThing, u.lower))
          return false;
      }
    }
  }
  if (TakesPropositionalObject(c.tok(i)) && (IsDeterminer(nt) || nt.capitalized || w == "it" ||
                                             IsPossessive(nt.text) || nt.kind == TokenKind::kNumber)) {
    return true;  // "announced his resignation", "polls show Ardley leading"
  }
  if (const std::optional<bool> r = BareClauseReport(c, n, se, nt)) return *r;
  // "estimated the crowd at 50,000", "had forecast growth of 3.5%": an
  // estimate's object, then its figure.
  if ((absl::StartsWith(c.tok(i).lower, "estimat") || absl::StartsWith(c.tok(i).lower, "forecast") ||
       absl::StartsWith(c.tok(i).lower, "project") || absl::StartsWith(c.tok(i).lower, "predict")) &&
      !c.tok(i).capitalized && (IsDeterminer(nt) || IsPossessive(nt.text) || WordToken(nt))) {
    for (int k = n + 1; k + 1 < se && k < n + 7; ++k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || (!WordToken(u) && u.kind != TokenKind::kNumber) ||
          VerbClassOf(u) != CueClass::kNone)
        break;
      const Token& v = c.tok(k + 1);
      if ((u.lower == "at" || u.lower == "of") &&
          (v.kind == TokenKind::kNumber || c.lex.InSet(WordSet::kCurrencySign, v.text) || IsNumberWord(v))) {
        return true;
      }
    }
  }
  // "accused the mayor of exploiting the flood", "accuses him of
  // lying": the accused, then "of" and the charge, which is what the
  // speaker says of them.
  if (absl::StartsWith(c.tok(i).lower, "accus") && !c.tok(i).capitalized &&
      (IsObjectWord(nt) || IsDeterminer(nt) || nt.capitalized || IsPossessive(nt.text))) {
    for (int k = n + 1; k + 1 < se && k < n + 9; ++k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || !WordToken(u) || VerbClassOf(u) != CueClass::kNone) break;
      if (u.lower == "of") return WordToken(c.tok(k + 1)) || c.tok(k + 1).kind == TokenKind::kQuote;
    }
  }
  // "described him as a “mentor in all but name”": an object pronoun, then
  // the quote that says what was said of it.
  // (Not a belief: "Fans can expect him to tackle it with “…”".)
  if (IsObjectWord(nt) && !IsPreposition(nt) && !c.lex.InSet(WordSet::kComplementizerOrParticle, w) &&
      cls != CueClass::kBelief && QuoteAhead(c, n, se)) {
    return true;
  }
  if (const std::optional<bool> r = ObjectThenReport(c, i, n, se, cls, nt)) return *r;
  return false;
}

}  // namespace

// (See context.h. The phrase runs to a comma within 15 tokens.)
int MainClauseStart(const Context& c, int sb, int se, bool pronoun_may_open) {
  if (sb >= se) return sb;
  const Token& t = c.tok(sb);
  // A dateline: "DECATUR, Ill. — Sen. Ted Selwood …", "WASHINGTON — …": a
  // place in capitals, maybe its region, then a dash.
  if (WordToken(t) && t.text.size() >= 3 && std::all_of(t.text.begin(), t.text.end(), [](char ch) {
        return absl::ascii_isupper(ch) || ch == '.';
      })) {
    for (int k = sb + 1; k < se && k < sb + 8; ++k) {
      const Token& u = c.tok(k);
      if (u.IsPunct("—") || u.IsPunct("–") || (u.IsPunct("-") && u.space_before)) {
        return k + 1 < se ? k + 1 : sb;
      }
      if (!(u.IsPunct(",") || u.IsPunct(".") || (WordToken(u) && u.capitalized))) break;
    }
  }
  // "But Pryor reversed himself", "But a few days later, Pryor …": an
  // opening conjunction stands before the clause, not in it.
  if (WordToken(t) && t.capitalized && sb + 1 < se && WordToken(c.tok(sb + 1)) &&
      (t.lower == "but" || t.lower == "and" || t.lower == "yet" || t.lower == "so" || t.lower == "or")) {
    return MainClauseStart(c, sb + 1, se, pronoun_may_open);
  }
  // "A few days later, …", "Two weeks ago, …": a span of time and its
  // direction.
  if (WordToken(t) &&
      (IsDeterminer(t) || t.kind == TokenKind::kNumber || c.lex.InSet(WordSet::kTimeSpan, t.lower))) {
    for (int k = sb + 1; k + 1 < se && k < sb + 5; ++k) {
      const Token& u = c.tok(k);
      if (!WordToken(u)) break;
      if ((c.lex.InSet(WordSet::kTimeSpanEnd, u.lower)) && c.tok(k + 1).IsPunct(",")) {
        return k + 2;
      }
    }
  }
  if (!WordToken(t) || (!pronoun_may_open && (IsPronoun(t) || IsDeterminer(t)))) return sb;
  // "Late on Friday, …", "Earlier this week, …": a short phrase of time.
  auto time_phrase = [&]() {
    const absl::string_view w = t.lower;
    if (!(c.lex.InSet(WordSet::kTimePhraseOpener, w) || IsWeekday(t) || IsMonth(t))) {
      return false;
    }
    for (int k = sb; k < se && k < sb + 6; ++k) {
      const Token& u = c.tok(k);
      if (u.IsPunct(",")) return false;
      if (IsWeekday(u) || IsMonth(u) || c.lex.InSet(WordSet::kTimeUnitNoun, u.lower)) {
        for (int m = k + 1; m < se && m <= k + 2; ++m) {
          if (c.tok(m).IsPunct(",")) return true;
        }
        return false;
      }
    }
    return false;
  };
  // "Meanwhile Marisol, who was honoured …, spoke": an adverb with no
  // comma after it, then a name: the name opens the clause (the comma is
  // the name's, not the adverb's).
  if (IsAdverb(t) && !IsSubordinator(t) && !IsPreposition(t) && sb + 2 < se && WordToken(c.tok(sb + 1)) &&
      c.tok(sb + 1).capitalized && !IsWeekday(c.tok(sb + 1)) && !IsMonth(c.tok(sb + 1)) &&
      !IsFunctionWord(c.tok(sb + 1)) && NameWord(c, sb + 1, sb)) {
    return sb + 1;
  }
  // "Back in 1999, …", "Shortly after the vote, …", "Long before dawn, …":
  // an adverb of time or place leading a prepositional phrase.
  const bool leads_phrase =
      c.lex.InSet(WordSet::kLeadingAdverb, t.lower) && sb + 1 < se && IsPreposition(c.tok(sb + 1));
  // ("Even as he won …, Mr. Dunleavy …", "Only when …": a word before a
  // subordinator opens the clause with it.)
  if (!(IsSubordinator(t) || IsAdverb(t) || IsPreposition(t) || t.lower == "however" || leads_phrase ||
        (sb + 1 < se && IsSubordinator(c.tok(sb + 1)) && !IsSubordinator(t) && t.capitalized &&
         !NameWord(c, sb + 1, sb)) ||
        OpensWithParticiple(c, sb, se) || (sb + 1 < se && c.tok(sb + 1).IsPunct(",")) || time_phrase())) {
    return sb;
  }
  int k = sb;
  while (k < se && !c.tok(k).IsPunct(",")) ++k;
  // (A clause of a subordinator runs longer than a phrase: "while most of
  // his rivals called for a bigger push to reform the board, …".)
  // (So can a chain of prepositional phrases with no verb in it: "On the
  // eve of her narrow re-election to a third term as mayor of Dunmarsh in
  // May, Okafor …"; not "On Sunday morning Mr. Pryor made a second
  // bid to calm the row, writing …".)
  if (k >= se || k - sb >= (IsSubordinator(t) ? 40 : IsPreposition(t) ? 25 : 15)) return sb;
  if (!IsSubordinator(t) && k - sb >= 15) {
    for (int v = sb + 1; v < k; ++v) {
      const Token& u = c.tok(v);
      if (c.InQuote(v) || u.kind == TokenKind::kQuote ||
          ((IsFiniteAuxiliary(u) || LooksFinite(u)) && !IsMonth(u)) || u.cue_class != 0 ||
          (IsPronoun(u) && !IsPossessivePronoun(u)) || u.lower == "who" || u.lower == "which" ||
          u.lower == "that" ||
          (WordToken(u) && u.text.size() > 1 && absl::AsciiStrToUpper(u.text) == u.text)) {
        return sb;
      }
    }
  }
  // "… in Salem, New Hampshire, Dunleavy said": the state or country of a
  // place is part of the phrase.
  int m = k + 1;
  while (m < se && m < k + 4 && WordToken(c.tok(m)) && c.tok(m).capitalized) ++m;
  if (m > k + 1 && m < se && c.tok(m).IsPunct(",") && c.lex.places.contains(c.TokView(k + 1, m))) k = m;
  return k + 1;
}

Np ClauseHolding(const Context& c, int sb, int se, int at) {
  for (int m = sb, round = 0; round < 3; ++round) {
    int next = MainClauseStart(c, m, se, /*pronoun_may_open=*/false);
    if (next <= m) return {m, se};
    if (next > at) return {m, next - 1};
    m = next;
  }
  return {sb, se};
}

// The subject of the sentence's main clause (after an introductory phrase).
// A written or recorded thing that "says" what it contains: "a statement
// saying …", "a letter warning …".
bool IsDocumentNoun(const Lexicons& lex, const Token& t) {
  return lex.InSet(WordSet::kDocumentNoun, t.lower);
}

Np SentenceSubject(const Context& c, int sb, int se) {
  // "Osei, who is a nurse, also decried …": a subject with a relative clause
  // or an appositive set off by commas.
  Np first = NpAfter(c, sb, se);
  if (first.valid() && first.end + 1 < se && c.tok(first.end).IsPunct(",") &&
      (c.tok(first.end + 1).lower == "who" || c.tok(first.end + 1).lower == "which")) {
    return first;
  }
  // "Chris Coyne, New Jersey's governor, repeated …": a name, then an
  // appositive set off by commas.
  // (Not an opening adverb: "Also, MCI, while trading as Worldcom, …".)
  if (first.valid() && first.begin == sb && first.end + 1 < se && c.tok(first.end).IsPunct(",") &&
      c.tok(first.end - 1).capitalized &&
      !(first.end - first.begin == 1 && IsFunctionWord(c.tok(first.begin)))) {
    for (int k = first.end + 1; k < se && k < first.end + 12; ++k) {
      if (c.tok(k).IsPunct(",")) {
        if (k + 1 < se && !c.tok(k + 1).capitalized && WordToken(c.tok(k + 1))) return first;
        break;
      }
      if (VerbClassOf(c.tok(k)) != CueClass::kNone || (IsAuxiliary(c.tok(k)) && !IsAdverb(c.tok(k)))) break;
    }
  }
  Np np = NpAfter(c, MainClauseStart(c, sb, se, /*pronoun_may_open=*/false), se);
  // ("Monday at Liberty University, Gerald Dunleavy addressed …": a day that
  // opens the sentence is when, not who; "Even without changes the
  // commission …": nor is a function word.)
  if (np.valid() && np.end - np.begin == 1 &&
      (IsWeekday(c.tok(np.begin)) || IsMonth(c.tok(np.begin)) ||
       (IsFunctionWord(c.tok(np.begin)) && !IsPronoun(c.tok(np.begin)) && c.tok(np.begin).lower != "who"))) {
    return {};
  }
  return np;
}

// "A woman who has accused the senator of assault said": the phrase before
// the cue closes a relative clause; the subject is the phrase the relative
// pronoun follows, with its clause. Returns np unchanged otherwise.
Np RelativeHead(const Context& c, Np np, int sb) {
  if (!np.valid() || np.begin - 2 < sb) return np;
  for (int w = np.begin - 1; w > sb && w >= np.begin - 10; --w) {
    const Token& u = c.tok(w);
    if (c.InQuote(w) || u.IsPunct(",") || u.IsPunct(";") || u.IsPunct(":")) return np;
    if (u.lower != "who" && u.lower != "that" && u.lower != "which") continue;
    // A verb of the relative clause between the pronoun and the phrase.
    // (Not past a verb of saying: "women who … said they would testify"
    // — "they" is the subject of the report, not the clause's end.) After
    // "that" or "which" the verb comes right after the pronoun ("the
    // company that owns the paper said"; "said that the paper …" is no
    // relative clause).
    bool verb = false, saying = false;
    for (int k = w + 1; k < np.begin; ++k) {
      const Token& v = c.tok(k);
      bool finite = LooksFinite(v);
      if (u.lower != "who" && k == w + 1) {
        finite |= !v.capitalized && WordToken(v) && absl::EndsWith(v.lower, "s") &&
                  !absl::EndsWith(v.lower, "ss") && !IsFunctionWord(v) && !IsSpeakerNoun(v);
        if (!finite) return np;
      }
      verb |= finite;
      saying |= IsStrongVerb(v);
    }
    if (!verb || saying) return np;
    // The noun phrase that ends at token `last`: a speaker phrase, else a
    // plain one from its determiner or number ("Two other women who …").
    auto phrase_ending_at = [&](int last) -> Np {
      Np np2 = NpEndingAt(c, last, sb, 0);
      if (np2.valid() && np2.end == last + 1) {
        while (np2.begin - 1 >= sb &&
               (IsDeterminer(c.tok(np2.begin - 1)) || c.tok(np2.begin - 1).kind == TokenKind::kNumber)) {
          --np2.begin;
        }
        return np2;
      }
      int b = last;
      while (b >= sb && b > last - 5 && c.tok(b).IsWordLike() && !c.InQuote(b) && !IsPreposition(c.tok(b)) &&
             !(IsAuxiliary(c.tok(b)) && !IsAdverb(c.tok(b))) && VerbClassOf(c.tok(b)) == CueClass::kNone) {
        if (IsDeterminer(c.tok(b)) || c.tok(b).kind == TokenKind::kNumber) break;
        --b;
      }
      // ("the house of cards": a bare noun after "of".)
      if (b >= sb && b < last && c.tok(b).lower == "of") return {b + 1, last + 1};
      if (b < sb || !(IsDeterminer(c.tok(b)) || c.tok(b).kind == TokenKind::kNumber)) return {};
      // ("Two other women": determiners and numbers in a row.)
      while (b - 1 >= sb && (IsDeterminer(c.tok(b - 1)) || c.tok(b - 1).kind == TokenKind::kNumber)) --b;
      return {b, last + 1};
    };
    Np head = phrase_ending_at(w - 1);
    if (!head.valid()) return np;
    // "regulars of the back bar of the club that is …": the phrase the "of" hangs on.
    for (int round = 0; round < 3 && head.begin - 2 >= sb && c.tok(head.begin - 1).lower == "of"; ++round) {
      Np outer = phrase_ending_at(head.begin - 2);
      if (!outer.valid()) break;
      head.begin = outer.begin;
    }
    // The head opens its clause: the sentence, or after a comma or conjunction.
    if (head.begin > sb) {
      const Token& before = c.tok(head.begin - 1);
      if (!(before.IsPunct(",") || before.lower == "and" || before.lower == "but" ||
            IsSubordinator(before))) {
        return np;
      }
    }
    // The whole phrase, as for "An official who requested anonymity said"
    // (SubjectBefore): its head and the clause that picks it out.
    return {head.begin, np.end};
  }
  return np;
}

bool StartsClause(const Context& c, int n, int se) {
  if (n >= se || c.InQuote(n)) return false;
  const Token& t = c.tok(n);
  if (t.lower == "that") return true;
  if (!t.IsWordLike() || IsPreposition(t) || IsAuxiliary(t) || t.lower == "to") return false;
  // "he would", "the bill may fail", "thousands of voters may": a subject,
  // then an auxiliary or modal within a few words.
  for (int k = n + 1; k < se && k < n + 6; ++k) {
    const Token& u = c.tok(k);
    if (!u.IsWordLike() || c.InQuote(k)) return false;
    if (IsAuxiliary(u) && !IsAdverb(u)) return true;
  }
  return false;
}

Np StanceSubject(const Context& c, int adj, int sb, int se) {
  int p = adj - 1;
  while (p > sb && IsAdverb(c.tok(p))) --p;  // "is deeply concerned"
  // "remain confident that", "seemed certain that", "grew worried that".
  if (p <= sb || !(IsBe(c.tok(p)) || c.lex.InSet(WordSet::kStanceCopula, c.tok(p).lower))) return {};
  int n = adj + 1;
  while (n < se && IsAdverb(c.tok(n))) ++n;
  if (!StartsClause(c, n, se)) return {};
  Np subject = SubjectBefore(c, p, sb);
  // "… hope for a recovery and are not confident that …": a predicate
  // joined by "and" or "but" is the main subject's.
  if (!subject.valid() && p - 1 > sb && (c.tok(p - 1).lower == "and" || c.tok(p - 1).lower == "but")) {
    Np main = SentenceSubject(c, sb, se);
    if (main.valid() && main.end < p - 1) subject = main;
  }
  // "It is certain that …", "it is doubtful that …": an "it" that stands
  // for the clause is the story's own judgement, not a belief reported of
  // someone. (Not before an adjective of feeling, whose "it" is someone:
  // "because it was concerned that new tariffs could …", a country or a firm.)
  const Token& a = c.tok(adj);
  const bool dummy_it = c.lex.InSet(WordSet::kCertaintyAdjective, a.lower);
  if (!subject.valid() && !dummy_it && p - 1 >= sb && c.tok(p - 1).lower == "it") {
    subject = {p - 1, p};  // (a subject phrase never ends on "it" before "be")
  }
  if (!subject.valid() ||
      (dummy_it && subject.end - subject.begin == 1 && c.tok(subject.begin).lower == "it")) {
    return {};
  }
  return subject;
}

// A noun for words someone spoke or wrote: "her comment that, “…”".
bool IsSpeechNoun(const Lexicons& lex, const Token& t) {
  return IsDocumentNoun(lex, t) || lex.InSet(WordSet::kSpeechNoun, t.lower);
}

namespace {

// Words a quote carries, named by a noun rather than a verb. Such a cue
// speaks only for a quote (Cue::noun):
//   "Gail Pryor issued the following statement:" and the quote after it;
//   "after her June comment that, “…”", "Pryor's reply: “…”".
// (See Cue::carry.) Sentence s opens with a quote and holds no cue; the
// sentence before it, in its paragraph, has no speaker of its own, no quote,
// and is about a person: a name, "he", "she" or "they", or a speaker noun.
void AddCarryCue(Context& c, int s) {
  if (s == 0 || !c.cues_in[s].empty()) return;
  const auto& sents = c.a.segmentation.sentences;
  const auto& st = c.a.sentence_tokens;
  const int sb = st[s].first;
  if (sb >= st[s].second || sents[s].paragraph != sents[s - 1].paragraph) return;
  bool opens_with_quote = false;
  for (int qi : c.quotes_in[s]) {
    const Quote& q = c.a.quotes[qi];
    opens_with_quote |= q.kind != QuoteKind::kName && c.tok(sb).kind == TokenKind::kQuote &&
                        q.span.start == c.tok(sb).span.start;
  }
  if (!opens_with_quote) return;
  const int ps = s - 1;
  const int pb = st[ps].first, pe = st[ps].second;
  if (!c.quotes_in[ps].empty() || sents[ps].heading) return;
  for (int k : c.cues_in[ps]) {
    if (c.cues[k].speaker.valid()) return;
  }
  Np subject = SentenceSubject(c, pb, pe);
  if (!subject.valid() || subject.end >= pe) return;
  const Token& head = c.tok(subject.end - 1);
  const bool person =
      (IsPronoun(head) && (head.lower == "he" || head.lower == "she" || head.lower == "they")) ||
      (NameWord(c, subject.end - 1, pb) && !IsFunctionWord(head)) || IsSpeakerNoun(head);
  // The subject must be followed by its verb, not be a phrase that opens
  // something else ("In Paris, …" is no subject).
  const Token& after = c.tok(subject.end);
  const bool verb_next = WordToken(after) && !after.capitalized &&
                         ((IsAuxiliary(after) && !IsAdverb(after)) || IsAdverb(after) ||
                          IsIrregularPast(after) || absl::EndsWith(after.lower, "ed") ||
                          (absl::EndsWith(after.lower, "s") && !absl::EndsWith(after.lower, "ss")));
  if (!person || !verb_next) return;
  Cue cue;
  cue.sentence = ps;
  cue.begin = subject.end;
  cue.end = subject.end + 1;
  cue.speaker = subject;
  cue.noun = true;  // makes no claim
  cue.carry = true;
  c.AddCue(cue);
}

// A cue of one token at `at` in sentence s (a colon, a dash) that gives a
// quote its speaker and reports no claim of its own (Cue::noun).
void AddQuoteOnlyCue(Context& c, int s, int at, Np speaker) {
  Cue cue;
  cue.sentence = s;
  cue.begin = at;
  cue.end = at + 1;
  cue.colon = true;
  cue.cls = CueClass::kNeutral;
  cue.speaker = speaker;
  cue.noun = true;
  c.AddCue(cue);
}

// "She then addressed the crowd again: “…”", "He was blunt: “…”": a clause
// whose subject is "he" or "she", with no cue (no verb of saying), closed by
// a colon and a quote. The quote is the subject's, as after a name (the
// colon block of AttributeQuotes); the pronoun is resolved as any other.
void AddPronounColonCue(Context& c, int s) {
  if (!c.cues_in[s].empty() || c.a.segmentation.sentences[s].heading) return;
  const int sb = c.a.sentence_tokens[s].first, se = c.a.sentence_tokens[s].second;
  int p = sb;
  if (p + 1 < se && (c.tok(p).lower == "but" || c.tok(p).lower == "and")) ++p;
  const Token& t = c.tok(p);
  if (p + 2 >= se || !(t.lower == "he" || t.lower == "she") || c.InQuote(p)) return;
  int k = p + 1;
  while (k < se && k < p + 16 && !c.tok(k).IsPunct(":") && !c.InQuote(k) &&
         c.tok(k).kind != TokenKind::kQuote && !c.tok(k).IsPunct(",")) {
    ++k;
  }
  if (k + 2 >= se || k == p + 1 || !c.tok(k).IsPunct(":") || c.tok(k + 1).kind != TokenKind::kQuote ||
      !c.InQuote(k + 2)) {
    return;
  }
  AddQuoteOnlyCue(c, s, k, {p, p + 1});
}

// "“Nearly half of new housing is going to overseas buyers.” - Ruth
// Okafor.": a quote closed, then a dash and a name that ends the sentence
// or its clause, the way fact-checks and quote boxes credit a line. The
// name speaks for the quote (Cue::noun: it reports no claim). The dash and
// the name may stand as a line of their own after the quote's paragraph;
// the cue then belongs to the quote's sentence s (cues stay in sentence
// order).
void AddDashNameCue(Context& c, int s) {
  const auto& st = c.a.sentence_tokens;
  const int sb = st[s].first, se = st[s].second;
  if (c.a.segmentation.sentences[s].heading) return;
  // The name after the dash at `dash`, up to `end`: [b, e), or b == e.
  auto name_after = [&](int dash, int end, int* b, int* e) {
    const int nsb = c.token_sentence[dash];
    *b = *e = dash + 1;
    const Token& d = c.tok(dash);
    if (!(d.IsPunct("-") || d.IsPunct("–") || d.IsPunct("—")) || c.InQuote(dash)) return;
    int k = dash + 1;
    while (k < end && !c.InQuote(k) &&
           (NameWord(c, k, nsb) || IsTitleAbbreviation(c.lex, c.tok(k)) ||
            (c.tok(k).IsPunct(".") && k + 1 < end && k > dash + 1 &&
             (IsInitial(c.tok(k - 1)) || IsTitleAbbreviation(c.lex, c.tok(k - 1))) &&
             NameWord(c, k + 1, nsb)))) {
      ++k;
    }
    if (k == dash + 1 || !(k == end || c.tok(k).IsPunct(".") || c.tok(k).IsPunct(","))) return;
    if (!c.tok(k - 1).capitalized || IsFunctionWord(c.tok(dash + 1))) return;
    *e = k;
  };
  // "- Dunmarsh boss Tom Keller "I am deeply frustrated …"": a line
  // that opens with a dash, then a name (its title before it) and the quote
  // it credits, as match reports list what each manager said.
  if (sb + 3 < se && (c.tok(sb).IsPunct("-") || c.tok(sb).IsPunct("–") || c.tok(sb).IsPunct("—")) &&
      !c.InQuote(sb)) {
    int k = sb + 1;
    bool named = false;
    while (k < se && k < sb + 9 && !c.InQuote(k) && c.tok(k).kind == TokenKind::kWord &&
           (NameWord(c, k, sb) || IsTitleWord(c.tok(k)) || c.lex.speaker_nouns.contains(c.tok(k).lower))) {
      named |= NameWord(c, k, sb);
      ++k;
    }
    if (named && k > sb + 1 && k + 1 < se && c.tok(k - 1).capitalized && c.tok(k).kind == TokenKind::kQuote &&
        c.InQuote(k + 1) && !IsFunctionWord(c.tok(sb + 1))) {
      AddQuoteOnlyCue(c, s, sb, {sb + 1, k});
      return;
    }
  }
  // (A quote that opens its sentence: not a credit line after narration,
  // "… and called him “my favourite rival.” ¶ - Reuters.")
  if (sb + 1 >= se || !(c.InQuote(sb) || (c.tok(sb).kind == TokenKind::kQuote && c.InQuote(sb + 1)))) return;
  int b, e;
  for (int k = sb + 1; k + 2 < se; ++k) {
    if (c.tok(k).kind != TokenKind::kQuote || !c.InQuote(k - 1) || c.InQuote(k + 1)) continue;
    name_after(k + 1, se, &b, &e);
    if (e > b) {
      AddQuoteOnlyCue(c, s, k + 1, {b, e});
      return;
    }
  }
  // A line of its own: the sentence ends on the closing quote mark and the
  // next is the dash, the name and its period.
  if (s + 1 < static_cast<int>(st.size()) && se - 2 >= sb && c.tok(se - 1).kind == TokenKind::kQuote &&
      c.InQuote(se - 2) && st[s + 1].first == se) {
    name_after(se, st[s + 1].second, &b, &e);
    if (e > b && (e == st[s + 1].second || e + 1 == st[s + 1].second)) AddQuoteOnlyCue(c, s, se, {b, e});
  }
}

void FindStatementNouns(Context& c, int s) {
  const int sb = c.a.sentence_tokens[s].first, se = c.a.sentence_tokens[s].second;
  if (c.a.segmentation.sentences[s].heading) return;
  const bool has_cue = !c.cues_in[s].empty();
  // The sentence ends on "statement:" (or "the following statement:").
  if (!has_cue && se - sb >= 4 && c.tok(se - 1).IsPunct(":") && IsSpeechNoun(c.lex, c.tok(se - 2)) &&
      !c.InQuote(se - 2)) {
    // The verb before the noun ("issued the following statement:",
    // "released a brief statement:"), and its subject.
    int verb = se - 3;
    while (verb > sb && verb >= se - 6 && WordToken(c.tok(verb)) && !c.tok(verb).capitalized &&
           (IsDeterminer(c.tok(verb)) || c.tok(verb).lower == "following" ||
            absl::EndsWith(c.tok(verb).lower, "ly") ||
            c.lex.InSet(WordSet::kStatementAdjective, c.tok(verb).lower))) {
      --verb;
    }
    if (c.tok(verb).lower == "out" && verb - 1 > sb) --verb;  // "put out", "sent out"
    const Token& v = c.tok(verb);
    const bool past =
        WordToken(v) && !v.capitalized && (absl::EndsWith(v.lower, "ed") || HasFlag(v, kFlagIrregularPast));
    Np subject = past && verb > sb ? SubjectBefore(c, verb, sb) : Np();
    if (subject.valid() && (c.tok(subject.end - 1).capitalized || IsPronoun(c.tok(subject.begin)) ||
                            IsSpeakerNoun(c.tok(subject.end - 1)))) {
      Cue cue;
      cue.sentence = s;
      cue.begin = se - 2;
      cue.end = se;
      cue.noun = true;
      cue.speaker = subject;
      c.AddCue(cue);
    }
  }
  // A possessive, a speech noun, then (after "that", a comma or a colon) a
  // quote. Looked for back from each opening quote mark: few sentences have one.
  for (int qi : c.quotes_in[s]) {
    // The quote's opening mark, found from its offset.
    const size_t at = c.a.quotes[qi].span.start;
    auto it = std::lower_bound(c.a.tokens.begin() + sb, c.a.tokens.begin() + se, at,
                               [](const Token& t, size_t x) { return t.span.start < x; });
    const int q = static_cast<int>(it - c.a.tokens.begin());
    if (q < sb + 2 || q + 1 >= se) continue;
    if (c.tok(q).kind != TokenKind::kQuote || c.InQuote(q - 1) || !c.InQuote(q + 1)) continue;
    int i = q - 1;
    while (i > sb && i >= q - 3 &&
           (c.tok(i).lower == "that" || c.tok(i).IsPunct(",") || c.tok(i).IsPunct(":"))) {
      --i;
    }
    // "Ardley's response was: “…”": the noun, then "was" or "is".
    // ("Dunleavy's answer was that “…”": or "that".)
    if (i > sb + 1 && (c.tok(i).lower == "was" || c.tok(i).lower == "is") && i + 1 < q &&
        (c.tok(i + 1).IsPunct(":") || c.tok(i + 1).lower == "that")) {
      --i;
    }
    // "delivered a blunt message to Pryor: “…”": whom the noun is for,
    // between it and the colon.
    if (i > sb + 2 && i + 1 < q && c.tok(i + 1).IsPunct(":") && !c.InQuote(i) && c.tok(i).capitalized &&
        WordToken(c.tok(i)) && (c.tok(i - 1).lower == "to" || c.tok(i - 1).lower == "for") &&
        IsSpeechNoun(c.lex, c.tok(i - 2))) {
      i -= 2;
    }
    // "her claim that she “never signed …”", "Varga's most striking claim
    // is that the inquiry is a “stitch-up”": the quote inside the clause
    // the noun opens (a claim, an allegation, a view) is its owner's.
    if (i > sb && !c.InQuote(i) && !IsSpeechNoun(c.lex, c.tok(i))) {
      for (int k = q - 1; k > sb + 1 && k >= q - 16; --k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.cue_class != 0 || u.IsPunct(";") || u.IsPunct(":") || u.IsPunct(".")) break;
        if (u.lower != "that") continue;
        int n = k - 1;
        if (n > sb && (c.tok(n).lower == "is" || c.tok(n).lower == "was")) --n;
        // (Not after another cue of the sentence: "he is expected to
        // repeat his insistence that …" is the expectation's.)
        bool cue_before = false;
        for (int ck : c.cues_in[s]) cue_before |= c.cues[ck].begin < n;
        if (IsStanceNoun(c.tok(n)) && !c.InQuote(n) && !cue_before) i = n;
        break;
      }
    }
    if (i <= sb || c.InQuote(i) || !(IsSpeechNoun(c.lex, c.tok(i)) || IsStanceNoun(c.tok(i)))) continue;
    // The possessor: "her", "Dunleavy's", "the senator's", a word or two before.
    int p = i - 1;
    while (p > sb && p >= i - 3 && WordToken(c.tok(p)) && !IsPossessive(c.tok(p).text) &&
           !IsPossessivePronoun(c.tok(p)) && !IsDeterminer(c.tok(p))) {
      --p;
    }
    const Token& owner = c.tok(p);
    Np speaker;
    if (IsPossessivePronoun(owner) && owner.lower != "its" && owner.lower != "their" &&
        owner.lower != "our" && owner.lower != "my" && owner.lower != "your") {
      speaker = {p, p + 1};
    } else if (IsPossessive(owner.text) && owner.capitalized) {
      Np np = NpEndingAt(c, p, sb, 0);
      if (np.valid()) speaker = np;
    } else if ((owner.lower == "a" || owner.lower == "an") && p - 1 > sb && WordToken(c.tok(p - 1)) &&
               !c.tok(p - 1).capitalized && !c.InQuote(p - 1) && !IsAuxiliary(c.tok(p - 1)) &&
               !IsPreposition(c.tok(p - 1)) && !IsFunctionWord(c.tok(p - 1)) &&
               absl::EndsWith(c.tok(p - 1).lower, "ed")) {
      // "Rawlins delivered a snappy retort: “…”", "The senator issued a
      // statement: “…”": whoever delivered it speaks.
      speaker = SubjectBefore(c, p - 1, sb);
    }
    if (!speaker.valid()) continue;
    // "calling Dunleavy's charge “pathetic”": the quote is what the charge is
    // called, in the words of whoever calls it, not the charge's owner's.
    if (i == q - 1 && speaker.begin - 1 > sb) {
      const absl::string_view v = c.tok(speaker.begin - 1).lower;
      if (c.lex.InSet(WordSet::kCallingVerb, v)) {
        continue;
      }
    }
    Cue cue;
    cue.sentence = s;
    cue.begin = i;
    cue.end = i + 1;
    cue.noun = true;
    cue.speaker = speaker;
    c.AddCue(cue);
  }
}

}  // namespace

// The comma that closes a clause opening at `from`, outside quotes, when a
// word in lower case before it reads as a verb ("that the vote was fair,",
// "the nation might miss its target,"); -1 when a semicolon or a colon
// comes first or no verb does.
int OpeningClauseComma(const Context& c, int from, int se) {
  bool clause = false;
  for (int k = from; k < se; ++k) {
    if (c.InQuote(k)) continue;
    const Token& u = c.tok(k);
    if (u.IsPunct(";") || u.IsPunct(":")) return -1;
    if (!u.IsPunct(",")) {
      clause |= WordToken(u) && !u.capitalized &&
                (IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone || absl::EndsWith(u.lower, "ed") ||
                 (absl::EndsWith(u.lower, "s") && !absl::EndsWith(u.lower, "ss")));
      continue;
    }
    return clause ? k : -1;
  }
  return -1;
}

// The subject of the main clause after a stance adjective that opens the
// sentence with a clause of its own ("Worried the town might miss its
// deadline, the county council proposed …"; "that" may follow the
// adjective, and "certain", "sure" or "positive" need it: "Certain groups
// say" is a determiner). Empty when the adjective opens no such clause.
Np OpeningStanceSubject(const Context& c, int i, int sb, int se) {
  int open = sb;
  if (open + 1 < se && (c.tok(open).lower == "but" || c.tok(open).lower == "and")) ++open;
  if (i != open || i + 2 >= se || !c.tok(i).capitalized || c.InQuote(i)) return {};
  const Token& next = c.tok(i + 1);
  const absl::string_view w = c.tok(i).lower;
  const bool that = next.lower == "that";
  if ((c.lex.InSet(WordSet::kConvictionAdjective, w)) && !that) return {};
  if (!that && !IsDeterminer(next) && !IsPronoun(next) && !(next.capitalized && WordToken(next))) return {};
  const int comma = OpeningClauseComma(c, i + 1, se);
  if (comma < 0) return {};
  const Np np = NpAfter(c, comma + 1, se);
  if (!np.valid() || np.end >= se || !WordToken(c.tok(np.end)) || c.tok(np.end).capitalized) return {};
  const Token& v = c.tok(np.end);
  const bool verb = IsAuxiliary(v) || VerbClassOf(v) != CueClass::kNone || absl::EndsWith(v.lower, "ed") ||
                    IsIrregularPast(v);
  return verb ? np : Np{};
}

// A speaker before a colon: "Mayor: No change to the budget", "Poll: Smith
// leads", "Observes Mr Patel: …". Adds the colon's cue to sentence `s` when
// a name (not a label, a list or a title) opens it; returns the verb that
// opens the sentence and is the colon's cue ("Says Ms Lee:"), or -1.
int ColonCue(Context& c, int s, int sb, int se) {
  int colon = -1, head = sb;
  // ("Here’s Ardley in December 1992: “…”": the name after "Here's".)
  if (sb + 2 < se && (c.lex.InSet(WordSet::kHereIsContraction, c.tok(sb).lower)) && c.tok(sb).capitalized &&
      c.tok(sb + 1).capitalized && WordToken(c.tok(sb + 1))) {
    head = sb + 1;
  }
  for (int i = head; i < se && i < head + 7; ++i) {
    if (c.tok(i).IsPunct(":")) {
      colon = i;
      break;
    }
    // (A year after a month or "in": "in December 1992:".)
    if (c.tok(i).kind == TokenKind::kNumber && i > head &&
        (IsMonth(c.tok(i - 1)) || c.tok(i - 1).lower == "in")) {
      continue;
    }
    // "EXCLUSIVE – Roger Quennell: …": the speaker starts after a dash.
    if ((c.tok(i).IsPunct("–") || c.tok(i).IsPunct("—") || c.tok(i).IsPunct("-")) && i > sb && i < sb + 4) {
      head = i + 1;
      continue;
    }
    bool inner_prep = i > head && (c.tok(i).lower == "to" || c.tok(i).lower == "at" ||
                                   c.tok(i).lower == "on" || c.tok(i).lower == "in");
    if (!WordToken(c.tok(i)) || c.InQuote(i) ||
        !(c.tok(i).capitalized || IsNameJoiner(c.tok(i)) || IsPossessive(c.tok(i).text) || inner_prep)) {
      break;
    }
  }
  // "Observes Mr Okonjo: …", "Says Ms Lee: …": the verb first, then who.
  int verb_first = -1;  // that verb is the colon's cue
  if (colon > head + 1 && VerbClassOf(c.tok(head)) != CueClass::kNone && c.tok(head).capitalized &&
      c.tok(head + 1).capitalized) {
    verb_first = head++;
  }
  int speaker_end = colon;
  for (int i = head + 1; i < colon; ++i) {
    if (!c.tok(i).capitalized && !IsNameJoiner(c.tok(i))) {
      speaker_end = i;
      break;
    }
  }
  // A label before a colon ("Question:", "Update:") names no speaker, and
  // in a headline only a short name does ("Dunleavy: …", not "CNN President
  // On Dunleavy: …").
  // ("Editor’s Note: …": a label after a possessive.)
  bool label =
      (colon == head + 1 && c.lex.labels.contains(c.tok(head).lower)) ||
      (colon == head + 2 && IsPossessive(c.tok(head).text) && c.lex.labels.contains(c.tok(head + 1).lower));
  if (c.a.segmentation.sentences[s].heading && colon - head > 2) label = true;
  // In the body, what follows the colon must read as something said: not
  // a list or a line of names ("Dunmarsh: Pike, Hollins, Varga, …",
  // "Booked: Keller, Ashby.", "Twitter: @Pellwright."), which has no word
  // in lower case, nor a title that goes on ("Moon Harbour: Tidewater began
  // in 2009", "Edith Crane: Portraits of a Decade will feature"),
  // which opens on a capitalised word that is no pronoun or determiner.
  if (colon > head && !c.a.segmentation.sentences[s].heading && colon + 1 < se && !c.InQuote(colon + 1) &&
      c.tok(colon + 1).kind != TokenKind::kQuote) {
    bool lower_word = false;
    for (int i = colon + 1; i < se && !lower_word; ++i) {
      const Token& u = c.tok(i);
      lower_word = WordToken(u) && !u.capitalized && !IsFunctionWord(u);
    }
    // (A vocative or an interjection is said: "Ashgrove: Seriously, …".
    // A transcript's speaker in capitals is one: "NINA MAUDSLEY: Gerald
    // Dunleavy released a video …".)
    const Token& first = c.tok(colon + 1);
    // (Nor a contraction: "Ashgrove: Here’s the irony …".)
    const bool contraction = absl::StrContains(first.text, "’") || absl::StrContains(first.text, "'");
    const bool title_goes_on = WordToken(first) && first.capitalized && !IsFunctionWord(first) &&
                               !IsPronoun(first) && !IsDeterminer(first) && !contraction && colon + 2 < se &&
                               c.tok(colon + 2).IsWordLike();
    // ("Glass Orchard: The Return of Summer was named …": an article, then
    // two capitalised words before the first in lower case, is a title
    // going on; "Pryor: The media is lying" is said.)
    bool article_title = false;
    if (first.lower == "the" || first.lower == "a" || first.lower == "an") {
      int caps = 0;
      for (int i = colon + 2; i < se && i < colon + 8; ++i) {
        const Token& u = c.tok(i);
        if (!WordToken(u) || c.InQuote(i)) break;
        if (u.capitalized) {
          ++caps;
        } else if (!IsFunctionWord(u)) {
          break;
        }
      }
      article_title = caps >= 2;
    }
    bool capitals = true;
    for (int i = head; i < colon && capitals; ++i) {
      const absl::string_view w = c.tok(i).text;
      capitals =
          w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char ch) { return absl::ascii_islower(ch); });
    }
    if (!lower_word || ((title_goes_on || article_title) && !capitals)) label = true;
    // A section of a story headed by a name and a few words with no verb
    // ("Coyne: A closing surge.", "Carbery: Now or never."): a heading
    // for what follows, not words said. (Not "Ashgrove: Seriously, …" nor
    // "Dunleavy: I won": a pronoun, an auxiliary or a verb of saying makes a
    // sentence.)
    int words = 0;
    bool verbal = false;
    for (int i = colon + 1; i < se; ++i) {
      const Token& u = c.tok(i);
      if (!WordToken(u)) {
        verbal |= u.IsPunct(",") || u.IsPunct(";") || u.IsPunct(":");
        continue;
      }
      ++words;
      verbal |= IsPronoun(u) || IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone || IsBe(u) ||
                absl::StrContains(u.text, "’") || absl::StrContains(u.text, "'");
    }
    if (words <= 4 && !verbal && !capitals) label = true;
  }
  // ("Stated Quennell:" ends its paragraph: the quote follows in the next.)
  if (colon > head && !label && (colon + 2 < se || (verb_first >= 0 && colon + 1 == se)) &&
      !(colon == head + 1 && IsTitleWord(c.tok(head))) && !IsFunctionWord(c.tok(head)) &&
      !IsWeekday(c.tok(head)) && !IsMonth(c.tok(head))) {
    Cue cue;
    cue.sentence = s;
    cue.begin = colon;
    cue.end = colon + 1;
    cue.colon = true;
    cue.cls = CueClass::kNeutral;
    if (verb_first >= 0) {
      cue.begin = verb_first;
      cue.end = verb_first + 1;
      cue.cls = VerbClassOf(c.tok(verb_first));
    }
    cue.speaker = {head, speaker_end};
    c.AddCue(cue);
  }
  return verb_first;
}

// "according to police", "according to the figures": the cue "according to"
// at token `i` of sentence `s`, with its source when the phrase after it
// names someone or some record (word_sets.tsv, record_source).
void AccordingToCue(Context& c, int s, int i, int se) {
  Cue cue;
  cue.sentence = s;
  cue.begin = i;
  cue.end = i + 2;
  cue.according = true;
  cue.cls = CueClass::kNeutral;
  int e = i + 2;
  while (e < se && !c.tok(e).IsPunct(",") && !c.tok(e).IsPunct(";") && !c.tok(e).IsPunct("—") &&
         !c.InQuote(e) && !(c.tok(e).kind == TokenKind::kPunct && e == se - 1)) {
    ++e;
  }
  // The source names someone or some record: "according to police",
  // "according to the figures", not "according to their preference".
  bool names_source = false;
  for (int k = i + 2; k < e; ++k) {
    const Token& u = c.tok(k);
    names_source |=
        u.capitalized || IsSpeakerNoun(u) || IsPronoun(u) || c.lex.InSet(WordSet::kRecordSource, u.lower);
  }
  // "according to those present", "according to someone in
  // attendance": people unnamed, picked out by where they were (not
  // "according to those rules").
  if (!names_source && i + 3 < e && !c.InQuote(i + 2)) {
    const absl::string_view w = c.tok(i + 2).lower, n = c.tok(i + 3).lower;
    const bool where = c.lex.InSet(WordSet::kPresenceWord, n);
    names_source = where && (c.lex.InSet(WordSet::kUnnamedPersonWord, w));
  }
  // "according to three recent surveys, including one from Harwell
  // University": a named member of the source belongs to it.
  if (e + 2 < se && c.tok(e).IsPunct(",") && !c.InQuote(e + 1) &&
      (c.lex.InSet(WordSet::kInclusionWord, c.tok(e + 1).lower))) {
    int k = e + 2;
    bool named = false;
    while (k < se && !c.tok(k).IsPunct(",") && !c.tok(k).IsPunct(";") && !c.tok(k).IsPunct("—") &&
           !c.InQuote(k) && !(c.tok(k).kind == TokenKind::kPunct && k == se - 1)) {
      named |= c.tok(k).capitalized && WordToken(c.tok(k));
      ++k;
    }
    if (named) e = k;
  }
  if (e > i + 2 && names_source) cue.speaker = {i + 2, e};
  if (cue.speaker.valid()) c.AddCue(cue);
}

// "The leader went on: “…”": speech goes on after the colon; the cue of
// sentence `s` at token *i, which moves past "on" when it is one.
bool WentOnCue(Context& c, int s, int sb, int se, int* i) {
  const Token& t = c.tok(*i);
  if (!(*i + 2 < se && c.tok(*i + 2).IsPunct(":") && c.tok(*i + 1).lower == "on" &&
        (c.lex.InSet(WordSet::kWentOnVerb, t.lower)))) {
    return false;
  }
  Cue cue;
  cue.sentence = s;
  cue.begin = *i;
  cue.end = *i + 2;
  cue.cls = CueClass::kNeutral;
  cue.speaker = SubjectBefore(c, *i, sb);
  if (cue.speaker.valid()) c.AddCue(cue);
  *i += 2;
  return true;
}

// "“…,” Ms Ortiz is reported as saying", "was quoted as saying", "was heard
// saying": the subject speaks; the passive only relays it. (Who reported it
// stays unnamed: the passive is still a cue of its own, and credits the
// report to no one.)
void RelayCue(Context& c, int s, int i, int sb, int se) {
  const Token& t = c.tok(i);
  if (!IsRelayVerb(c.lex, t) || i - 1 < sb) return;
  int p = i - 1;
  while (p > sb && IsAdverb(c.tok(p)) && !IsBe(c.tok(p))) --p;
  int k = i + 1;
  if (k < se && c.tok(k).lower == "as") ++k;
  if (!(IsBe(c.tok(p)) && k < se && !c.InQuote(k) &&
        (c.lex.InSet(WordSet::kRelayedSayingParticiple, c.tok(k).lower)))) {
    return;
  }
  Np subject = SubjectBefore(c, p, sb);
  if (!subject.valid()) return;
  Cue relay;
  relay.sentence = s;
  relay.begin = i;
  relay.end = k + 1;
  relay.cls = CueClass::kNeutral;
  relay.speaker = subject;
  relay.noun = true;  // speaks for a quote; the claim is the passive's
  c.AddCue(relay);
}

// "The minister is worried (that) the bill may fail": after "be", a stance
// adjective at token `i` reports its subject's belief about the clause.
// "Worried the town might miss its deadline, the council proposed …":
// opening the sentence, the adjective's clause is the belief of the subject
// after the comma that closes it. Whether a cue was added.
bool StanceAdjectiveCue(Context& c, int s, int i, int sb, int se) {
  Np subject = StanceSubject(c, i, sb, se);
  if (!subject.valid()) subject = OpeningStanceSubject(c, i, sb, se);
  if (!subject.valid()) return false;
  Cue cue;
  cue.sentence = s;
  cue.begin = i;
  cue.end = i + 1;
  cue.cls = CueClass::kBelief;
  cue.speaker = subject;
  c.AddCue(cue);
  return true;
}

// Idioms with a reporting verb that report nothing, at token `i`: "As they
// say, …", "as people say" (quoting no one); "That said, …" (a concession);
// "is partly to blame for", "who was to blame" (at fault, no one blaming);
// "All told, …", "truth be told," ("in all": no one tells anything).
bool IdiomNoCue(const Context& c, const Token& t, int i, int sb, int se) {
  if (t.cue_class != 0 && i - 2 >= sb && c.tok(i - 2).lower == "as" &&
      (c.lex.InSet(WordSet::kGenericSayer, c.tok(i - 1).lower)) &&
      (c.lex.InSet(WordSet::kSayIdiomForm, t.lower))) {
    return true;
  }
  if (t.lower == "said" && i - 1 >= sb && c.tok(i - 1).lower == "that" && i + 1 < se &&
      c.tok(i + 1).IsPunct(",") &&
      (i - 1 == sb || c.tok(i - 2).kind == TokenKind::kPunct || c.tok(i - 2).lower == "but" ||
       c.tok(i - 2).lower == "and")) {
    return true;
  }
  if (t.lower == "blame" && i - 1 >= sb && c.tok(i - 1).lower == "to") {
    int k = i - 2;
    while (k >= sb && (IsAdverb(c.tok(k)) || absl::EndsWith(c.tok(k).lower, "ly"))) --k;
    if (k >= sb && IsBe(c.tok(k))) return true;
  }
  return t.lower == "told" && i - 1 >= sb && i + 1 < se && c.tok(i + 1).IsPunct(",") &&
         (c.tok(i - 1).lower == "all" ||
          (c.tok(i - 1).lower == "be" && i - 2 >= sb && c.tok(i - 2).lower == "truth"));
}

// "wants young people to feel …", "urged him to say …": the people before
// "to" and the cue at token `i` are the object of another verb, not
// speakers. (Not after a verb that leads someone to a view: "leads many
// experts to suspect that …", "prompted analysts to predict …": the people
// led are the ones who suspect; only a group led to a view, "experts",
// "allies", as "prompted his wife to ask for a separation" is a request.)
bool ObjectBeforeTo(const Context& c, const Token& t, int i, int sb) {
  if (!(i - 2 >= sb && c.tok(i - 1).lower == "to")) return false;
  const Token& o = c.tok(i - 2);
  const bool went_on = o.lower == "on" && i - 3 >= sb && c.tok(i - 3).lower == "went";
  bool led = false;
  for (int k = i - 3; k >= sb && k >= i - 6 && !led; --k) {
    led = IsLeadingVerb(c.lex, c.tok(k));
    if (!c.tok(k).IsWordLike()) break;
  }
  led = led && IsSpeakerNoun(o) && !o.capitalized && !c.lex.InSet(WordSet::kRequestVerb, t.lower);
  return !went_on && !led && (IsSpeakerNoun(o) || NameWord(c, i - 2, sb) || IsObjectWord(o));
}

// A reporting verb at token `i` that is part of a name: a capitalised plain
// form opening the sentence before another capitalised word, no colon after
// ("Tell Tale Games has bought …"; not "Said Maria Gomez, …", "Asked Tuesday
// about …", "Saying Wales must change, Mr Price …", which are cues); "hope"
// before a comma and a name ("their biggest medal hope, Ana Silva": a person
// hoped for); a capitalised word inside a sentence ("the band Say Anything").
bool PartOfAName(const Context& c, const Token& t, int i, int sb, int se, bool heading) {
  if (t.capitalized && i == sb && i + 1 < se && c.tok(i + 1).capitalized && WordToken(c.tok(i + 1)) &&
      !absl::EndsWith(t.lower, "ed") && !absl::EndsWith(t.lower, "ing") &&
      !c.lex.InSet(WordSet::kCueIrregularPast, t.lower) && !IsWeekday(c.tok(i + 1)) &&
      !IsMonth(c.tok(i + 1)) && !c.lex.first_name_gender.contains(c.tok(i + 1).text) &&
      !(i + 2 < se && c.tok(i + 2).IsPunct(":")) && !(i + 3 < se && c.tok(i + 3).IsPunct(":")) &&
      !IsTitleAbbreviation(c.lex, c.tok(i + 1)) && !IsPronoun(c.tok(i + 1)) && !heading) {
    return true;
  }
  if ((c.lex.InSet(WordSet::kHopeNoun, t.lower)) && i + 2 < se && c.tok(i + 1).IsPunct(",") && i > sb &&
      c.tok(i + 2).capitalized && WordToken(c.tok(i + 2)) && !c.InQuote(i + 2) && !IsPronoun(c.tok(i - 1)) &&
      !c.tok(i - 1).IsPunct(",")) {
    return true;
  }
  return t.capitalized && !heading && i > sb && c.tok(i - 1).kind != TokenKind::kQuote &&
         !c.tok(i - 1).IsPunct(":");
}

// "Asked if she had ever been fined, …", "When asked whether …": a question put
// by someone unnamed, a passive cue at token `i` of sentence `s`. Whether
// one was added.
bool AskedQuestionCue(Context& c, int s, int i, int sb, int se) {
  const Token& t = c.tok(i);
  if (!(t.lower == "asked" && (i == sb || c.tok(i - 1).lower == "when" || c.tok(i - 1).lower == "after" ||
                               c.tok(i - 1).lower == "if"))) {
    return false;
  }
  int k = i + 1;
  while (k < se && k < i + 6 && !IsQuestionWord(c.tok(k)) && !c.tok(k).IsPunct(",")) ++k;
  if (!(k < se && IsQuestionWord(c.tok(k)))) return false;
  Cue cue;
  cue.sentence = s;
  cue.begin = c.tok(i - 1 >= sb ? i - 1 : i).lower == "when" ? i - 1 : i;
  cue.end = i + 1;
  cue.passive = true;
  cue.cls = CueClass::kNeutral;
  c.AddCue(cue);
  return true;
}

// Fills the cue of an agentless passive of report ("it was announced that …",
// "is widely expected to"): where it begins, its class, and the agent or the
// document when one follows ("was announced by the ministry").
void FillAgentlessPassive(const Context& c, int i, int p, int sb, int se, CueClass cls, bool reduced,
                          int agent_as, bool view_verb, Cue& cue) {
  const Token& t = c.tok(i);
  // (A reduced passive keeps its adverb: "widely expected to be".)
  cue.begin = reduced ? std::max(p + 1, sb) : p;
  if (!reduced && p - 1 >= sb && c.tok(p - 1).lower == "it") cue.begin = p - 1;
  if (!reduced && p - 1 >= sb &&
      (c.tok(p - 1).lower == "have" || c.tok(p - 1).lower == "has" || c.tok(p - 1).lower == "had")) {
    cue.begin = p - 1;
  }
  cue.end = i + 1;
  cue.passive = true;
  cue.cls = cls == CueClass::kNone ? CueClass::kBelief : cls;
  // The agent: "was announced by the ministry", "has been accused of
  // bribery by two former aides".
  // ("was described as a “tireless organiser” by his neighbour":
  // after a verb of describing, "as" and a quote, "by" still names who
  // describes.)
  // (So does a verb of criticism: "has been criticised for “endless
  // delays” by campaigners".)
  const bool criticism = absl::StartsWith(t.lower, "critici");
  const bool describing = absl::StartsWith(t.lower, "describ") || absl::StartsWith(t.lower, "characteri") ||
                          absl::StartsWith(t.lower, "portray") || criticism;
  bool past_as = false, view_as = false;
  for (int k = i + 1; k < se && k < i + (describing ? 20 : 12); ++k) {
    const Token& u = c.tok(k);
    // "was criticized, even by conservatives like Jack Kenward,",
    // "was criticised, particularly by unions": the agent set off by
    // a comma, after an adverb.
    if (u.IsPunct(",") && k + 2 < se && c.tok(k + 2).lower == "by" && IsAdverb(c.tok(k + 1))) {
      k += 1;
      continue;
    }
    if (u.IsPunct(",") || u.IsPunct(";") || u.IsPunct(".")) break;
    // "was reported in a “puff piece” by The Dunmarsh Courier": a short
    // quoted name after an article, inside the phrase before "by".
    if (u.kind == TokenKind::kQuote && k > i + 1 && IsDeterminer(c.tok(k - 1)) && c.InQuote(k + 1)) {
      int close = k + 1;
      while (close < se && close < k + 7 && c.tok(close).kind != TokenKind::kQuote) ++close;
      if (close < se && close < k + 7) {
        k = close;
        continue;
      }
    }
    if (c.InQuote(k)) {
      if (past_as || criticism) continue;
      break;
    }
    // "will be seen as a sign of goodwill by Mr Varga": past "as" or
    // "that", "by" belongs to what was said.
    if (u.lower == "as" && describing && k == i + 1) {
      past_as = true;
      continue;
    }
    // "who's viewed as fair by 48 percent of voters": past the
    // "as" of a view, "by" and a share of people names who holds it
    // (a poll's answer), as "viewed favourably by" does.
    if (u.lower == "as" && view_verb && k == i + 1) {
      view_as = true;
      continue;
    }
    // (After a verb of portraying or putting forward, "by" past the
    // "as" names who did it: "was hailed as the novel of the decade by
    // many critics", "portrayed as a flip-flopper by his rivals".)
    const bool portrait = c.lex.InSet(WordSet::kPortrayalParticiple, t.lower);
    if (view_as && u.lower == "by" && !portrait && !(k + 1 < se && c.tok(k + 1).kind == TokenKind::kNumber)) {
      break;
    }
    if (u.lower == "as" || u.lower == "that") break;
    // "It is expected this would raise takings by 12,000 a month":
    // past a verb of a new clause, "by" is that clause's.
    if (IsBe(u) || IsFiniteAuxiliary(u)) break;
    if (u.lower == "by") {
      // "is expected to grow by 0.2%": a quantity, not an agent (but
      // "by 55 percent of Democrats" is a share of people).
      if (k + 1 < se && c.tok(k + 1).kind == TokenKind::kNumber) {
        bool share = false;
        for (int q = k + 2; q < se && q <= k + 4 && !share; ++q) share = c.tok(q).lower == "of";
        if (!share) break;
      }
      // (Before the "as" of "seen by many as …", when it follows.)
      const int lim = agent_as > k ? agent_as : se;
      Np agent = NpAfter(c, k + 1, lim);
      if (!agent.valid() && k + 1 < lim && IsQuantityHead(c.tok(k + 1))) {
        int e = k + 2;
        while (e < lim && WordToken(c.tok(e)) && e < k + 6) ++e;
        agent = {k + 1, e};
      }
      // "by television indecency campaigners".
      if (!agent.valid()) {
        const int e = BarePeoplePhraseEnd(c, k + 1, lim);
        if (e > k + 1) agent = {k + 1, e};
      }
      // "was criticized by librarians on local radio": a plural
      // of people in lower case.
      if (!agent.valid() && k + 1 < lim && WordToken(c.tok(k + 1)) && !c.tok(k + 1).capitalized &&
          !c.InQuote(k + 1) && absl::EndsWith(c.tok(k + 1).lower, "ans") && !IsFunctionWord(c.tok(k + 1))) {
        agent = {k + 1, k + 2};
      }
      // "seen by many as …", "by some as …".
      if (!agent.valid() && agent_as == k + 2 && IsDeterminer(c.tok(k + 1))) agent = {k + 1, k + 2};
      if (agent.valid()) cue.speaker = agent;
      break;
    }
  }
}

// Whether a participle with no "be" before it is a reduced passive of report
// ("a deal widely expected to pass", "…, rumoured to be worth £2m"): a forecast
// or hearsay before "to", a verb of view before "as", a forecast before its time.
void ReducedPassive(const Context& c, const Token& t, int i, int p, int sb, int se, bool be_before,
                    bool view_verb, bool& reduced) {
  const bool to_next = i + 1 < se && c.tok(i + 1).lower == "to";
  const bool forecast = c.lex.InSet(WordSet::kForecastParticiple, t.lower);
  const bool hearsay = c.lex.InSet(WordSet::kHearsayParticiple, t.lower);
  // "with 3% growth forecast for 2011", "with more signings expected in
  // the coming weeks": a forecast with its time and no infinitive, in a
  // "with" clause.
  bool when_next = false;
  if (forecast && !to_next && i + 1 < se) when_next = TimePhraseAt(c.a.tokens, i + 1, se);
  if (!be_before && (!c.tok(i).capitalized || i == sb) && i + 1 < se &&
      (((forecast || hearsay) && to_next) || (view_verb && c.tok(i + 1).lower == "as") || when_next)) {
    if (p < sb || c.tok(p).IsPunct(",") || c.tok(p).IsPunct("—") || c.tok(p).IsPunct("–") ||
        (c.tok(p).IsPunct("-") && c.tok(p).space_before)) {
      reduced = (p < sb ? i == sb : true) && !when_next;
    } else {
      for (int k = p; k >= sb && k > i - 9; --k) {
        const Token& u = c.tok(k);
        if (u.lower == "with" && !c.InQuote(k)) {
          reduced = k < p;
          break;
        }
        // ("with sales of just over 2% expected": a figure on the way.)
        if (when_next && (u.kind == TokenKind::kNumber || u.IsPunct("%"))) continue;
        if (when_next) {
          if (!u.IsWordLike() || c.InQuote(k) || IsAuxiliary(u) || u.cue_class != 0 || IsPronoun(u) ||
              IsSubordinator(u)) {
            break;
          }
          continue;
        }
        if (IsPreposition(u) && !c.InQuote(k) && u.lower != "to" && u.lower != "that" && k < p &&
            (forecast || hearsay) && (!IsPronoun(c.tok(p)) || c.tok(p).lower == "those")) {
          bool opens = k == sb || c.tok(k - 1).IsPunct(",");
          bool verb_before = false;
          for (int v = sb; v < k && !verb_before; ++v) {
            // (Or an infinitive: "aims to guarantee the welfare of …".)
            verb_before = !c.InQuote(v) && (IsFiniteAuxiliary(c.tok(v)) || LooksFinite(c.tok(v)) ||
                                            (v > sb && c.tok(v - 1).lower == "to" && WordToken(c.tok(v)) &&
                                             !IsDeterminer(c.tok(v)) && !c.tok(v).capitalized));
          }
          if (opens || verb_before) {
            reduced = true;
            break;
          }
        }
        if (!u.IsWordLike() || c.InQuote(k) || IsAuxiliary(u) || u.cue_class != 0 ||
            (IsPronoun(u) && !(k == p && u.lower == "those")) || IsSubordinator(u) || u.lower == "that" ||
            u.lower == "which" || u.lower == "who" || u.lower == "what") {
          break;
        }
      }
    }
  }
}

// Agentless attribution: "it was announced", "is widely believed", "have
// been accused of", "is seen as" — the cue at token `i` of sentence `s`, `p`
// the token before it past adverbs, `cls` its class. Adds the cue (with
// its agent when a "by" phrase names one) and returns true, or returns
// true for a construction that reports nothing ("to be said", "was played
// down", "MPs were told"); false when the token is no agentless cue.
bool AgentlessCue(Context& c, int s, int i, int p, int sb, int se, CueClass cls) {
  const Token& t = c.tok(i);
  Cue cue;
  cue.sentence = s;
  // "is seen as", "was regarded as", "are considered to be": a view; "can
  // be seen in the data", "is being considered by the board" are not.
  // ("has been mentioned as a contender", "is being floated as a
  // running mate", "was touted as a successor": a name put forward by
  // no one named, with its "as"; so is a portrait, "being portrayed as a
  // flip-flopper", "was hailed as a hero"; a reading, "has been
  // interpreted as a retreat".)
  bool view_verb = c.lex.InSet(WordSet::kViewVerb, t.lower);
  bool as_view =
      i + 1 < se &&
      (c.tok(i + 1).lower == "as" || c.tok(i + 1).lower == "to" ||
       (i + 2 < se && IsAdverb(c.tok(i + 1)) && (c.tok(i + 2).lower == "as" || c.tok(i + 2).lower == "to")) ||
       (t.lower == "considered" && !IsPreposition(c.tok(i + 1)) && c.tok(i + 1).IsWordLike()));
  // "was described by Steve Cawthorne as “…”": the agent before the "as".
  int agent_as = -1;
  if (!as_view && view_verb && i + 1 < se && c.tok(i + 1).lower == "by") {
    for (int k = i + 2; k < se && k < i + 8; ++k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || !u.IsWordLike()) break;
      if (u.lower == "as") {
        if (k > i + 2) agent_as = k;
        break;
      }
    }
    as_view = agent_as > 0;
  }
  // "wants to be seen as", "hopes to be seen to be listening": an aim,
  // no view credited to anyone.
  if (view_verb && p - 2 >= sb && c.tok(p).lower == "be" && c.tok(p - 1).lower == "to") {
    const absl::string_view aim = c.tok(p - 2).lower;
    if (absl::StartsWith(aim, "want") || absl::StartsWith(aim, "seek") || aim == "sought" ||
        absl::StartsWith(aim, "hop") || absl::StartsWith(aim, "tr") || absl::StartsWith(aim, "need") ||
        absl::StartsWith(aim, "aim") || absl::StartsWith(aim, "striv") ||
        c.lex.InSet(WordSet::kAimWord, aim)) {
      return true;
    }
  }
  // "could be said to be", "it might be argued that": the writer's own
  // judgement, softened, not a view credited to no one.
  // So is the idiom "the same could not be said for …", "cannot be said".
  // So is a view denied with a modal: "can hardly be considered mere
  // stumbles", "could not be described as a success".
  int m = p - 1;
  bool denied = false;
  if (m >= sb && (c.lex.InSet(WordSet::kNegatingAdverb, c.tok(m).lower))) {
    --m;
    denied = true;
  }
  if (m >= sb && c.tok(p).lower == "be" &&
      (c.lex.InSet(WordSet::kSayingParticiple, t.lower) ||
       ((denied || c.tok(m).lower == "cannot") && (view_verb || t.lower == "called"))) &&
      (c.lex.InSet(WordSet::kPossibilityModal, c.tok(m).lower))) {
    return true;
  }
  // "The main thing to be said is …", "what needs to be said": the
  // writer's own saying, to come, credits nothing to anyone.
  if (m >= sb && c.tok(p).lower == "be" && c.tok(m).lower == "to" && !denied &&
      (c.lex.InSet(WordSet::kSayingParticiple, t.lower))) {
    return true;
  }
  // "has to be thought out", "was played down", "is talked up": a verb
  // with its particle means something else; nothing is reported. (Not
  // the progressive: "some were pointing out that …" reports.)
  if (i + 1 < se && p >= sb && IsBe(c.tok(p)) && !absl::EndsWith(t.lower, "ing")) {
    const absl::string_view w = c.tok(i + 1).lower;
    if (c.lex.InSet(WordSet::kIdiomParticle, w)) return true;
    // "It is announced every quarter", "are published annually": a
    // schedule, what routinely happens, not a claim credited to no one.
    if (c.lex.InSet(WordSet::kScheduleWord, w)) {
      return true;
    }
  }
  // "we would have been told", "he might have been warned": a
  // perfect after a modal supposes what did not happen; nothing is
  // credited to anyone.
  if (p - 2 >= sb && c.tok(p).lower == "been" && c.tok(p - 1).lower == "have" &&
      (c.tok(p - 2).lower == "would" || c.tok(p - 2).lower == "could" || c.tok(p - 2).lower == "might" ||
       c.tok(p - 2).lower == "should" || c.tok(p - 2).lower == "may")) {
    return true;
  }
  // "…, a Houston court has been told", "MPs were told": who heard it is
  // named; by news convention who told them follows (a witness, a
  // minister), not a claim credited to no one.
  if (t.lower == "told" && p >= sb && IsBe(c.tok(p))) {
    int h = p - 1;
    while (h >= sb && (c.tok(h).lower == "has" || c.tok(h).lower == "have" || c.tok(h).lower == "had")) --h;
    if (h >= sb && c.lex.InSet(WordSet::kAudienceNoun, c.tok(h).lower)) return true;
  }
  // "Jokes are told, favours are requested": what is told is the
  // subject, no one is told anything; nothing is credited.
  if (t.lower == "told" && p >= sb && IsBe(c.tok(p)) && p - 1 >= sb) {
    if (c.lex.InSet(WordSet::kToldThing, c.tok(p - 1).lower)) return true;
  }
  // "nothing that had not been previously reported", "was never
  // announced": a negated passive of telling credits nothing to anyone.
  // (Not a view or an expectation: "is not expected to", "are not
  // considered credible" are still someone's, unnamed.)
  const bool telling =
      absl::EndsWith(t.lower, "reported") || c.lex.InSet(WordSet::kTellingParticiple, t.lower);
  bool negated = false;
  for (int k = std::max(sb, p - 2); k < i && telling; ++k) {
    const absl::string_view w = c.tok(k).lower;
    negated |= w == "not" || w == "n't" || w == "n\u2019t" || w == "never";
  }
  // "Varenia would be expected to keep spending down": after "would",
  // "will", "must" or "should", an obligation, not a forecast credited to
  // no one. "talked openly about being described as …": a passive gerund
  // after a preposition names an event, it attributes nothing.
  // (So is one under a law or a rule the sentence opens on: "Under
  // FOIA, agencies are expected to produce records …", "Under the
  // rules, clubs are expected to …"; not "Under this scheme bigger
  // towns are expected to gain more seats", a forecast.)
  bool under_rule = false;
  if (c.tok(sb).lower == "under" && c.tok(sb).capitalized && !c.InQuote(sb) && sb + 1 < i) {
    const absl::string_view w = c.tok(sb + 1).text;
    under_rule = w.size() >= 3 && absl::AsciiStrToUpper(w) == w && WordToken(c.tok(sb + 1));
    for (int k = sb + 1; k < i && k <= sb + 6 && !under_rule; ++k) {
      if (c.tok(k).IsPunct(",")) break;
      under_rule = c.lex.InSet(WordSet::kRuleNoun, c.tok(k).lower);
    }
  }
  const bool obligation =
      t.lower == "expected" && ((p - 1 >= sb && c.tok(p).lower == "be" &&
                                 (c.tok(p - 1).lower == "would" || c.tok(p - 1).lower == "will" ||
                                  c.tok(p - 1).lower == "must" || c.tok(p - 1).lower == "should")) ||
                                under_rule);
  // (Not an accusation: "resigned after being accused of fraud" still
  // credits the charge to no one.)
  const bool gerund = p - 1 >= sb && c.tok(p).lower == "being" && IsPreposition(c.tok(p - 1)) &&
                      (view_verb || c.lex.InSet(WordSet::kAddressingParticiple, t.lower));
  // "it was revealed that", "it has been argued that": these verbs credit
  // a claim to no one only with "it"; "details were revealed", "the case
  // was argued in December", "was revealed to be a hoax" credit nothing.
  // Nor does a thing announced: "before the deal was announced", "the
  // bypass was first announced in 2008" (an event, not a claim;
  // "it was announced that" still credits one to no one).
  bool impersonal = true;
  if (c.lex.InSet(WordSet::kRevealingParticiple, t.lower)) {
    int k = p - 1;
    while (k >= sb && (c.tok(k).lower == "has" || c.tok(k).lower == "have" || c.tok(k).lower == "had" ||
                       c.tok(k).lower == "been" || IsAdverb(c.tok(k)))) {
      --k;
    }
    // ("it was revealed in October that", "it was disclosed last week
    // that", "It was announced after the markets closed that": a time
    // between the verb and "that" says when.)
    int that = i + 1;
    if (that < se &&
        (IsPreposition(c.tok(that)) || c.tok(that).lower == "last" || c.tok(that).lower == "this" ||
         c.tok(that).lower == "earlier" || IsWeekday(c.tok(that)) || IsMonth(c.tok(that)))) {
      for (int j = that; j < se && j < i + 9; ++j) {
        const Token& u = c.tok(j);
        if (c.InQuote(j) || !WordToken(u)) break;
        if (u.lower == "that") {
          that = j;
          break;
        }
      }
    }
    // (Or "it" set off after what was announced: "Tamsett will visit
    // Auschwitz, it has been announced.")
    const bool aside =
        k > sb && (c.tok(k - 1).IsPunct(",") || c.tok(k - 1).IsPunct("—") || c.tok(k - 1).IsPunct("–"));
    impersonal = k >= sb && c.tok(k).lower == "it" && ((that < se && c.tok(that).lower == "that") || aside);
  }
  // "with Drummond and Kittredge expected to win", "…, seen as a way of
  // improving turnout", "Seen as costly to implement, …": a passive of
  // expecting or viewing reduced to its participle, after a comma, a
  // dash or the sentence's start, or inside a "with" clause, credits
  // the view to no one as "is expected to" does. (Not "The firm
  // expected to post a loss": after its subject, the active verb.)
  // So does one on the object of a preposition, in a sentence whose
  // main verb comes before the phrase or after the phrase that opens
  // it: "the welfare of the seafarers estimated to be at sea",
  // "Among those reported to have reservations were …", "In a year
  // expected to produce record turnout, …". (Not "Democrats in
  // Congress expected to win": the subject's phrase, then its verb.)
  bool reduced = false;
  const bool be_before = p >= sb && (IsBe(c.tok(p)) || BeContractionBefore(c, p, i, se));
  ReducedPassive(c, t, i, p, sb, se, be_before, view_verb, reduced);
  // "has been called a modern Houdini", "was called the worst deal":
  // a verdict given by no one named (not "was called to testify", "a
  // meeting was called", "was called off", nor a thing's own name, "is
  // called the Thrift Plan", "was called The Sessions").
  const bool named_as = t.lower != "called" ||
                        (i + 2 < se && !c.InQuote(i + 1) && !c.InQuote(i + 2) && WordToken(c.tok(i + 2)) &&
                         (c.tok(i + 1).text == "a" || c.tok(i + 1).text == "an" ||
                          (c.tok(i + 1).text == "the" && !c.tok(i + 2).capitalized)));
  if ((be_before || reduced) && (t.flags & kFlagAgentless) && (!view_verb || as_view) && !negated &&
      !obligation && !gerund && impersonal && named_as) {
    FillAgentlessPassive(c, i, p, sb, se, cls, reduced, agent_as, view_verb, cue);
    c.AddCue(cue);
    return true;
  }
  return false;
}

// The phrasal cues at token `i`: "called out" is speech, "put it" a way
// of saying, "pointed out" vouches for what follows, "made the point
// that", "shot back"; *cls and *end (the token after the cue) are set
// for them. False when the token is no cue: its class is none and it
// opens no phrasal cue.
bool PhrasalCue(const Context& c, const Token& t, int i, int sb, int se, bool point_next, bool back_next,
                CueClass* cls, int* end) {
  if (*cls == CueClass::kNone) {
    if ((c.lex.InSet(WordSet::kCallForm, t.lower)) && i + 1 < se && c.tok(i + 1).lower == "out") {
      *cls = CueClass::kNeutral;
      *end = i + 2;
    } else if ((c.lex.InSet(WordSet::kPutForm, t.lower)) && i + 1 < se && c.tok(i + 1).lower == "it" &&
               i - 1 >= sb &&
               (c.tok(i - 1).capitalized || IsSpeakerNoun(c.tok(i - 1)) || IsPronoun(c.tok(i - 1)) ||
                AsFrameBefore(c, i - 1, sb)) &&
               (i + 2 >= se || c.tok(i + 2).IsPunct(",") || c.tok(i + 2).IsPunct(":") ||
                c.tok(i + 2).IsPunct(".") || c.tok(i + 2).kind == TokenKind::kQuote ||
                (i + 4 < se && c.tok(i + 4).IsPunct(":")) || (i + 3 < se && c.tok(i + 3).IsPunct(":")))) {
      // "as the prosecutor Marc Duval put it, “…”", "She put it this
      // way: “…”": a way of saying.
      *cls = CueClass::kNeutral;
      *end = i + 2;
    } else if ((c.lex.InSet(WordSet::kPointForm, t.lower)) && i + 1 < se && c.tok(i + 1).lower == "out") {
      *cls = CueClass::kLoaded;  // "pointed out" vouches for what follows
      *end = i + 2;
    } else if (point_next) {
      // "Varga also made the point that …".
      *cls = CueClass::kNeutral;
      *end = i + 3;
    } else if (back_next) {
      // "Rawlins shot back, “…”".
      *cls = CueClass::kNeutral;
      *end = i + 2;
    } else {
      return false;
    }
  } else if (back_next) {
    *end = i + 2;  // "wrote back: “…”"
  }
  return true;
}

// A verb's plain form after "a" or "an" and a singular noun is a noun when a
// participle or a preposition follows it ("a council claim accusing …").
std::optional<bool> PlainFormAsNoun(const Context& c, const Token& t, int i, int end, int sb, int se) {
  if (i - 2 >= sb && end < se && !absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ed") &&
      !absl::EndsWith(t.lower, "ing") && !c.InQuote(i - 1)) {
    const Token& head = c.tok(i - 1);
    const Token& next = c.tok(end);
    const bool singular_head = WordToken(head) && !IsFunctionWord(head) && !IsPronoun(head) &&
                               !IsAuxiliary(head) && !IsAdverb(head) &&
                               VerbClassOf(head) == CueClass::kNone && !absl::EndsWith(head.lower, "s");
    const bool noun_next = WordToken(next) && !next.capitalized &&
                           (absl::EndsWith(next.lower, "ing") || next.lower == "of" || next.lower == "by" ||
                            next.lower == "for" || next.lower == "against");
    bool article = false;
    for (int k = i - 2; k >= sb && k >= i - 5 && !article; --k) {
      const Token& u = c.tok(k);
      if (!WordToken(u) || c.InQuote(k)) break;
      article = u.lower == "a" || u.lower == "an";
      if (!article && (IsFunctionWord(u) || IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone)) break;
    }
    if (singular_head && noun_next && article) return true;
  }
  return std::nullopt;
}

// "claim" with a thing for its object ("claimed the title", "claims the
// land"): a thing claimed, no report.
std::optional<bool> ClaimedThing(const Context& c, const Token& t, int i, int se) {
  if (absl::StartsWith(t.lower, "claim")) {
    bool object = false;
    // (The object only, not a clause after it: "claim the levy will cost
    // jobs" reports the clause.)
    for (int k = i + 1; k < se && k <= i + 6 && !object; ++k) {
      const Token& u = c.tok(k);
      const Token& p = c.tok(k - 1);
      // (A verb after a noun, or an auxiliary right after the cue:
      // "which retailers claim will cost jobs".)
      const bool clause_verb = (k == i + 1 && IsAuxiliary(u) && !IsAdverb(u)) ||
                               (k > i + 1 && p.IsWordLike() && p.lower != "to" && !IsAuxiliary(p) &&
                                ((IsAuxiliary(u) && !IsAdverb(u)) || VerbClassOf(u) != CueClass::kNone));
      if (u.lower == "that" || u.IsPunct(",") || u.IsPunct(";") || u.IsPunct(":") || clause_verb) break;
      // (The head of a name, not a word inside it: "the National Land
      // Institute" is no land claimed, "the FA Cup" is a cup.)
      object = IsClaimObject(u) &&
               !(u.capitalized && k + 1 < se && WordToken(c.tok(k + 1)) && c.tok(k + 1).capitalized);
    }
    if (object) return true;
  }
  return std::nullopt;
}

// A claim noun after a possessor and its modifiers ("her boldest claim is that
// …") is a noun, whose owner FindStatementNouns credits.
std::optional<bool> ClaimNounAfterPossessor(const Context& c, const Token& t, int i, int end, int sb,
                                            int se) {
  if (c.lex.InSet(WordSet::kClaimNoun, t.lower)) {
    int k = i - 1;
    // (Modifiers: "most explosive", "latest", "very first".)
    auto modifier = [&](const Token& u) {
      return WordToken(u) && !u.capitalized && !IsPossessivePronoun(u) && !IsPossessive(u.text) &&
             u.cue_class == 0 && (!IsFunctionWord(u) || c.lex.InSet(WordSet::kDegreeModifier, u.lower));
    };
    while (k > sb && k >= i - 3 && modifier(c.tok(k))) --k;
    // ("Pryor's most loyal backers claim that", "the firm's
    // chief claims": a head noun before the verb, its subject. Nothing
    // between the word and the possessor, a form of "be" after it, or a
    // singular "claim" after modifiers, and no plural head, make it the
    // noun.)
    // ("which its makers claim is nearly twice as quiet": a plural
    // head, then the verb.)
    const bool bare = k == i - 1;
    const bool plural_head = !bare && absl::EndsWith(c.tok(i - 1).lower, "s");
    const bool be_next = end < se && IsBe(c.tok(end));
    if (k >= sb && !c.InQuote(k) && (IsPossessivePronoun(c.tok(k)) || IsPossessive(c.tok(k).text)) &&
        !plural_head && (be_next || bare || t.lower == "claim")) {
      return true;
    }
  }
  return std::nullopt;
}

// A verb of attack in its physical sense ("blasted out an email", "slammed the
// ball home") attacks no one's words.
std::optional<bool> PhysicalAttack(const Context& c, const Token& t, int end, int se) {
  if ((absl::StartsWith(t.lower, "blast") || absl::StartsWith(t.lower, "slam")) && end < se) {
    const Token& o = c.tok(end);
    bool physical = c.lex.InSet(WordSet::kPhysicalSenseMarker, o.lower);
    // (An indefinite object that is words, a document or a decision is
    // attacked as such: "slammed a lawsuit filed by …", "blasted a
    // ruling", "slammed an ad".)
    if (o.lower == "a" || o.lower == "an") {
      // (Beside the documents and the claims of IsDocumentNoun and
      // IsStanceNoun: decisions and words spoken.)
      for (int k = end + 1; k < se && k <= end + 3; ++k) {
        const Token& u = c.tok(k);
        if (!WordToken(u) || c.InQuote(k)) break;
        if (c.lex.InSet(WordSet::kDiscourseNoun, u.lower) || IsDocumentNoun(c.lex, u) || IsStanceNoun(u)) {
          physical = false;
          break;
        }
      }
    }
    for (int k = end + 1; k < se && k <= end + 4 && !physical; ++k) {
      const absl::string_view w = c.tok(k).lower;
      physical = c.lex.InSet(WordSet::kPhysicalDirection, w);
    }
    if (physical) return true;
  }
  return std::nullopt;
}

// A denial whose object is no claim: a thing refused ("denied bail"), an act
// turned down ("rejected the offer"), a person disowned.
std::optional<bool> DeniedThing(const Context& c, const Token& t, int end, int se, CueClass cls,
                                bool rejects) {
  if ((absl::StartsWith(t.lower, "den") || rejects) && cls == CueClass::kDenial) {
    bool refusal = false;
    for (int k = end; k < se && k < end + 4 && !refusal; ++k) {
      const absl::string_view w = c.tok(k).lower;
      if (c.InQuote(k) || w == "that" || c.tok(k).IsPunct(",")) break;
      refusal =
          c.lex.InSet(WordSet::kRefusedThing, w) || (rejects && c.lex.InSet(WordSet::kTurnedDownThing, w));
    }
    // "denied his party the victory", "can deny insurgent Walter Rawlins
    // the nomination", "denied them access": two objects, someone and
    // what they are kept from, is a refusal, not a denial of a claim.
    if (!refusal && !rejects && end + 1 < se && !c.InQuote(end)) {
      int k = end;
      if (IsPronoun(c.tok(k)) && IsObjectWord(c.tok(k))) {
        ++k;
      } else {
        if (IsPossessivePronoun(c.tok(k))) ++k;
        // (A name, its modifiers in lower case before it, or a party
        // or team its possessive owns: "insurgent Walter Rawlins", "his
        // party".)
        const int name_from = k;
        while (k < se && k < name_from + 2 && WordToken(c.tok(k)) && !c.InQuote(k) && !c.tok(k).capitalized &&
               !IsFunctionWord(c.tok(k)) && !IsDeterminer(c.tok(k)) && k + 1 < se &&
               c.tok(k + 1).capitalized) {
          ++k;
        }
        while (k < se && k < end + 6 && WordToken(c.tok(k)) && !c.InQuote(k) &&
               (c.tok(k).capitalized || (k == end + 1 && IsPossessivePronoun(c.tok(end)))) &&
               !IsDeterminer(c.tok(k))) {
          ++k;
        }
      }
      refusal = k > end && k < se && !c.InQuote(k) &&
                (IsDeterminer(c.tok(k)) || IsPossessivePronoun(c.tok(k))) && c.tok(k).lower != "that" &&
                c.tok(k).lower != "this";
    }
    if (refusal) return true;
  }
  return std::nullopt;
}

// A plural noun, not a verb: "the same notes", "all claims would be processed",
// "investigated claims that …" (the object of a verb in the past).
std::optional<bool> PluralNoun(const Context& c, const Token& t, int i, int end, int sb, int se) {
  if (i > sb && absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ss")) {
    const Token& p1 = c.tok(i - 1);
    bool quantifier = IsDeterminer(p1) || c.lex.InSet(WordSet::kPremodifierAdjective, p1.lower);
    // ("over claims it was not safe", "follows claims that": after a
    // preposition, or the object of a verb in -s.)
    bool object_of_verb = WordToken(p1) && !p1.capitalized &&
                          (absl::EndsWith(p1.lower, "ed") ||
                           (absl::EndsWith(p1.lower, "s") && !absl::EndsWith(p1.lower, "ss") &&
                            !absl::EndsWith(p1.lower, "is") && !absl::EndsWith(p1.lower, "us"))) &&
                          !IsAuxiliary(p1) && !IsAdverb(p1) && !IsPronoun(p1) && !IsSpeakerNoun(p1) &&
                          VerbClassOf(p1) == CueClass::kNone;
    // ("rejected claims that", "shrugged off claims from …", "brushed
    // aside reports": a verb in the past right before, itself a cue or
    // with its particle, takes the noun as its object.)
    const bool past = WordToken(p1) && !p1.capitalized && absl::EndsWith(p1.lower, "ed") &&
                      p1.lower.size() > 3 && !c.InQuote(i - 1);
    const bool particle = (c.lex.InSet(WordSet::kDismissalParticle, p1.lower)) && i - 2 > sb &&
                          absl::EndsWith(c.tok(i - 2).lower, "ed");
    if (quantifier || object_of_verb || past || particle || IsPreposition(p1)) return true;
    // "could dent Lycos claims that …", "undermined Apple claims": a
    // name after a verb is its object's modifier, and "claims" a noun.
    if (p1.capitalized && !c.InQuote(i - 1)) {
      int j = i - 1;
      while (j - 1 > sb && c.tok(j - 1).capitalized && WordToken(c.tok(j - 1)) && !c.InQuote(j - 1)) --j;
      if (j - 1 > sb) {
        const Token& v = c.tok(j - 1);
        const Token& m = c.tok(j - 2);
        const bool verb = WordToken(v) && !v.capitalized && !c.InQuote(j - 1) && !IsAuxiliary(v) &&
                          !IsAdverb(v) && !IsPreposition(v) && !IsSubordinator(v) && !IsFunctionWord(v) &&
                          !IsDeterminer(v) && !IsPronoun(v) && VerbClassOf(v) == CueClass::kNone &&
                          v.lower != "and" && v.lower != "but" && v.lower != "or";
        const bool after_modal = IsFiniteAuxiliary(m) || m.lower == "to";
        const bool inflected = absl::EndsWith(v.lower, "ed");
        if (verb && (after_modal || inflected)) return true;
      }
    }
    // "doping claims against the sprinter", "reports of unrest": a noun
    // with its complement (words whose noun reading rules; "the book
    // boasts of", "warns of" are verbs).
    if (end < se && c.lex.InSet(WordSet::kNounFirst, t.lower) &&
        (c.tok(end).lower == "against" || c.tok(end).lower == "of")) {
      return true;
    }
  }
  return std::nullopt;
}

// The readings of a cue word at token `i` that report nothing: a noun
// ("the mere mention", "his claim", "all claims would be processed"), an
// adjective ("most telling"), a passive of state ("is assured of winning"),
// an aside ("worth noting"), a refusal ("denied bail"), an object that is no
// proposition ("maintained a busy schedule", "confirmed 68 nominees"), an
// aspect ("continued creating"), a physical sense ("blasted out an email").
// `p` is the token before the cue past adverbs, `end` the token after it.
bool NotAReport(const Context& c, const Token& t, int i, int p, int end, int sb, int se, CueClass cls) {
  // "the mere mention of her name", "a brief mention", "any claim": a
  // verb's plain form after a determiner, or after a determiner and a
  // word in the singular, is a noun (a finite verb there would take an
  // -s: "the report mentions").
  const bool plain_form = !absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ed") &&
                          !absl::EndsWith(t.lower, "ing") && !HasFlag(t, kFlagIrregularPast) &&
                          !c.lex.InSet(WordSet::kSayTellPast, t.lower);
  if (i - 1 >= sb && !c.InQuote(i - 1) && !t.capitalized && plain_form) {
    // (An article or a possessive: "many believe", "some say" are
    // quantifiers standing for people.)
    auto article = [](const Token& u) {
      const absl::string_view w = u.lower;
      return w == "the" || w == "a" || w == "an" || w == "any" || w == "no" || w == "every" || w == "each" ||
             w == "this" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" ||
             w == "my" || w == "your";
    };
    const Token& d1 = c.tok(i - 1);
    const bool det1 = article(d1);
    // (Not the object of a preposition inside the subject: "critics of
    // the verdict say", "people familiar with her plans say".)
    const bool det2 = i - 2 >= sb && article(c.tok(i - 2)) &&
                      !(i - 3 >= sb && (IsPreposition(c.tok(i - 3)) || c.tok(i - 3).lower == "off")) &&
                      WordToken(d1) && !d1.capitalized && !absl::EndsWith(d1.lower, "s") &&
                      !IsSpeakerNoun(d1) && !IsPronoun(d1) && !IsAuxiliary(d1) && !IsAdverb(d1);
    if (det1 || det2) return true;
  }
  // "is assured of winning", "was declared the winner": not a report.
  if (p >= sb && IsBe(c.tok(p)) && !absl::EndsWith(t.lower, "ing")) return true;
  // "it's worth pointing out that", "worth noting": the writer's own
  // aside, a gerund with no one who speaks.
  if (p >= sb && c.tok(p).lower == "worth" && absl::EndsWith(t.lower, "ing")) return true;
  // "Perhaps most telling, though, were …", "a very revealing
  // interview": a participle graded by a degree word is an adjective.
  if (i > sb && absl::EndsWith(t.lower, "ing")) {
    const absl::string_view d = c.tok(i - 1).lower;
    if (c.lex.InSet(WordSet::kParticipleDegreeWord, d)) {
      return true;
    }
  }
  // "telling the truth", "told a joke", "told the Biblical story of":
  // what is told, not a report (a word or two may describe it).
  if (absl::StartsWith(t.lower, "tel") && i + 2 < se &&
      (c.tok(i + 1).lower == "the" || c.tok(i + 1).lower == "a" || IsPossessivePronoun(c.tok(i + 1)))) {
    bool told_thing = false;
    for (int j = i + 2; j < se && j <= i + 4 && !told_thing; ++j) {
      const absl::string_view w = c.tok(j).lower;
      told_thing = c.lex.InSet(WordSet::kTaleNoun, w);
      if (!WordToken(c.tok(j)) || c.InQuote(j)) break;
    }
    if (told_thing) return true;
  }
  // "He said no to the new runway", "said nothing about monetary policy",
  // "said little": a refusal or a silence, not a report.
  if ((c.lex.InSet(WordSet::kSayForm, t.lower)) && i + 1 < se) {
    int j = i + 1;
    if (j < se && (c.lex.InSet(WordSet::kApproximatorAdverb, c.tok(j).lower))) ++j;
    const absl::string_view w = j < se ? c.tok(j).lower : absl::string_view();
    // (Not "said nothing could be done": "nothing" opens the report.)
    const bool alone = j + 1 >= se || IsPreposition(c.tok(j + 1)) || !c.tok(j + 1).IsWordLike();
    if ((w == "no" && j + 1 < se && c.tok(j + 1).lower == "to") ||
        ((c.lex.InSet(WordSet::kScantQuantity, w)) && alone)) {
      return true;
    }
  }
  // A noun, not a verb: "his claim", "the report", "a warning". (But
  // after a quantifier standing for people, a plain verb: "some say",
  // "many believe", "most agree".)
  const bool quantifier_subject = i > sb && !absl::EndsWith(t.lower, "s") &&
                                  !absl::EndsWith(t.lower, "ing") && !absl::EndsWith(t.lower, "ed") &&
                                  (c.lex.InSet(WordSet::kQuantifierSubject, c.tok(i - 1).lower));
  if (i > sb && !quantifier_subject && (IsNounDeterminer(c.tok(i - 1)) || IsPossessive(c.tok(i - 1).text))) {
    return true;
  }
  // "over a procedural dispute", "a bitter contest": a verb's bare form
  // (one whose "-s" form the lexicon also lists) after "a" and one word
  // is a noun; a singular subject would take "disputes". ("a spokesman
  // said": a past form, a verb.)
  if (i - 2 >= sb && WordToken(c.tok(i - 1)) && !c.tok(i - 1).capitalized &&
      (c.tok(i - 2).lower == "a" || c.tok(i - 2).lower == "an") && IsBareVerbForm(c.lex, t.lower)) {
    return true;
  }
  // A plural noun: "the same notes", "all claims would be processed",
  // "investigated claims that …" (the object of a verb in the past).
  if (const std::optional<bool> r = PluralNoun(c, t, i, end, sb, se)) return *r;
  // "people thinking of changing", "thinking about a move": what is on
  // someone's mind, no report ("thinks that …", "thinking it will …" are).
  if (absl::StartsWith(t.lower, "think") && end < se &&
      (c.tok(end).lower == "of" || c.tok(end).lower == "about")) {
    return true;
  }
  // "denied the request", "was denied bail": a refusal, not a denial of
  // a claim.
  // ("rejected a deal worth $8bn", "rejected his approach", "reject any
  // formal offer": an act turned down, no claim disputed.)
  const bool rejects = absl::StartsWith(t.lower, "reject");
  if (const std::optional<bool> r = DeniedThing(c, t, end, se, cls, rejects)) return *r;
  // "maintained a busy schedule", "maintains an office": an object, not
  // a report ("maintained his innocence", "maintains that …" are).
  if (absl::StartsWith(t.lower, "maintain") && end < se &&
      (c.tok(end).lower == "a" || c.tok(end).lower == "an")) {
    return true;
  }
  // "have continued creating accounts", "would continue to elevate": an
  // aspect, not a report ("“…,” he continued" still is one).
  if (absl::StartsWith(t.lower, "continu") && end < se) {
    const Token& v = c.tok(end);
    if (v.lower == "to" || (WordToken(v) && !v.capitalized && absl::EndsWith(v.lower, "ing"))) return true;
  }
  // "users suspected of spreading it": a reduced passive naming a
  // suspicion, not someone's belief reported ("is suspected of" is the
  // agentless passive, found above).
  if (t.lower == "suspected" && end < se && c.tok(end).lower == "of" &&
      !(p >= sb && (IsBe(c.tok(p)) || IsAuxiliary(c.tok(p))))) {
    return true;
  }
  // "revealed nothing new about her role", "said nothing": a report of
  // nothing (but "said nothing was taken" reports a clause).
  {
    int n = SkipAdverbsForward(c, end, se);
    if (n < se && (c.lex.InSet(WordSet::kNullPronoun, c.tok(n).lower)) && !c.InQuote(n)) {
      // ("said none of the attempts will work": a verb on within the
      // clause; not past a relative, "nothing about the dollar, whose
      // slide could …".)
      bool clause = false;
      for (int v = n + 1; v < se && v < n + 10 && !clause; ++v) {
        const Token& u = c.tok(v);
        if (!WordToken(u) || u.lower == "whose" || u.lower == "which" || u.lower == "who" ||
            u.lower == "that") {
          break;
        }
        clause = LooksFinite(u);
      }
      if (!clause) return true;
    }
  }
  // "blasted out an email", "blasts an ace", "slammed the ball home": a
  // verb of attack in its physical sense (a particle, an indefinite
  // object, or a direction after the object) attacks no one's words.
  if (const std::optional<bool> r = PhysicalAttack(c, t, end, se)) return *r;
  // "confirmed 68 judicial nominees", "confirmed her appointment": the
  // Senate's or a board's act of approving, not a report.
  if (absl::StartsWith(t.lower, "confirm") && end < se) {
    bool approved = false;
    for (int k = end; k < se && k <= end + 4 && !approved; ++k) {
      if (c.tok(k).lower == "that" || c.InQuote(k) || !c.tok(k).IsWordLike()) break;
      approved = c.lex.InSet(WordSet::kApprovedThing, c.tok(k).lower);
    }
    if (approved) return true;
  }
  // "Lassiter's most explosive claim is that …", "her claims": after a
  // possessor (and its modifiers) the word is a noun, whose owner
  // FindStatementNouns credits with a quote in its clause.
  if (const std::optional<bool> r = ClaimNounAfterPossessor(c, t, i, end, sb, se)) return *r;
  if (const std::optional<bool> r = ClaimedThing(c, t, i, se)) return *r;
  // "A city council claim accusing the bus operators …": a verb's
  // plain form after "a" or "an" and a singular noun is a noun, when a
  // participle or a preposition follows it (a singular subject would
  // take "claims"; not after "the": "The police deny charging …", a
  // collective noun with a plural verb).
  if (const std::optional<bool> r = PlainFormAsNoun(c, t, i, end, sb, se)) return *r;
  return false;
}

// Ends a speaker phrase on its head, not on "to", "that" or a pronoun after it
// ("wants young people to feel", "said that voters can be confident").
void TrimSpeakerEnd(const Context& c, Cue& cue) {
  while (cue.speaker.valid()) {
    const Token& last = c.tok(cue.speaker.end - 1);
    if (IsPronoun(last) ||
        !(IsPreposition(last) || (IsFunctionWord(last) && !last.capitalized && last.lower != "who" &&
                                  last.lower != "which" && last.lower != "one"))) {
      break;
    }
    // ("retailers that warn …": the relative alone stands for them; "…,
    // some say": so does a quantifier.)
    if (cue.speaker.end - cue.speaker.begin == 1 &&
        (c.lex.InSet(WordSet::kRelativeOrQuantifier, last.lower))) {
      break;
    }
    --cue.speaker.end;
  }
}

// A verb that opens its sentence or follows a comma, a quote or a dash, with no
// speaker before it: the speaker is the phrase after it ("…, said the minister").
void SpeakerAfterVerb(const Context& c, int i, int sb, int se, int end, Cue& cue) {
  if (!cue.speaker.valid() && (i == sb || c.tok(i - 1).IsPunct(",") ||
                               c.tok(i - 1).kind == TokenKind::kQuote || c.tok(i - 1).IsPunct("—"))) {
    cue.speaker = NpAfter(c, end, se);
    // "…, said the minister." names the speaker; in "…, suggested they
    // should act" the phrase is the subject of the report instead.
    if (cue.speaker.valid() && i > sb && cue.speaker.end < se) {
      const Token& next = c.tok(cue.speaker.end);
      // ("said Sen. Thomas R. Whitlow Jr. (D-Pa.), a Pryor backer": a
      // party and state in brackets close the name.)
      bool ends = next.IsPunct(",") || next.IsPunct(".") || next.IsPunct(";") || next.IsPunct("(") ||
                  next.IsPunct("—") || next.IsPunct("?") || next.IsPunct("!") ||
                  next.kind == TokenKind::kQuote || IsPreposition(next) || next.lower == "who" ||
                  next.lower == "whose" || next.lower == "which";
      // ("“…,” said Dan Ibbotson when asked about it": right after a
      // quote, a clause of time or condition follows the speaker.)
      ends |= c.tok(i - 1).kind == TokenKind::kQuote && IsSubordinator(next);
      if (!ends) cue.speaker = {};
    }
    // "“…,” said one London-based broker.": right after a quote, a
    // determiner and a few words that end the clause are the speaker,
    // whatever the head noun.
    if (!cue.speaker.valid() && i > sb && c.tok(i - 1).kind == TokenKind::kQuote) {
      int j = SkipAdverbsForward(c, end, se);
      if (j < se && !c.InQuote(j) && WordToken(c.tok(j)) && c.tok(j).lower != "that" &&
          (IsDeterminer(c.tok(j)) || IsNounDeterminer(c.tok(j)) || c.tok(j).lower == "one")) {
        int e = j + 1;
        while (e < se && e < j + 6 && WordToken(c.tok(e)) && !c.InQuote(e) && !IsPreposition(c.tok(e)) &&
               !IsAuxiliary(c.tok(e)) && !IsFunctionWord(c.tok(e)) &&
               VerbClassOf(c.tok(e)) == CueClass::kNone) {
          ++e;
        }
        if (e > j + 1 &&
            (e >= se || c.tok(e).IsPunct(".") || c.tok(e).IsPunct(",") || c.tok(e).IsPunct(";"))) {
          cue.speaker = {j, e};
          cue.description_after_quote = true;
        }
      }
    }
    // "…, say security experts.": after a clause, a bare phrase whose
    // last word is a noun for people or a source, closing the sentence.
    if (!cue.speaker.valid() && i > sb && c.tok(i - 1).IsPunct(",")) {
      int j = SkipAdverbsForward(c, end, se);
      const int e = BarePeoplePhraseEnd(c, j, se);
      if (e > j + 1 && (e >= se || c.tok(e).IsPunct(".") || c.tok(e).IsPunct(",") || c.tok(e).IsPunct(";"))) {
        cue.speaker = {j, e};
      }
    }
    // "said the fair's executive director, Glenn Oxley": the name
    // in apposition to a description.
    Np& sp = cue.speaker;
    if (sp.valid() && !c.tok(sp.end - 1).capitalized && sp.end + 1 < se && c.tok(sp.end).IsPunct(",") &&
        NameWord(c, sp.end + 1, sb)) {
      int e = sp.end + 1;
      while (e < se && (NameWord(c, e, sb) || (c.tok(e).IsPunct(".") && e > sp.end + 1 &&
                                               IsTitleAbbreviation(c.lex, c.tok(e - 1))))) {
        ++e;
      }
      if (e >= se || c.tok(e).IsPunct(",") || c.tok(e).IsPunct(".")) sp = {sp.end + 1, e};
    }
  }
}

// A participle after the object of the main verb reports what the subject said,
// not the object ("The firm shut the depot saying …"); a document excepted.
void ParticipleAfterObject(const Context& c, int i, const Token& t, int sb, int se, Cue& cue) {
  if (cue.speaker.valid() && absl::EndsWith(t.lower, "ing") && cue.speaker.end == i &&
      cue.speaker.begin - 1 > sb) {
    const Token& verb = c.tok(cue.speaker.begin - 1);
    const Token& head = c.tok(cue.speaker.end - 1);
    // ("sent a message to supporters saying …", "emailed supporters
    // saying …": the recipients did not say it either.)
    // ("heaped praise on Mr Varga saying …": the one praised did not.)
    const bool recipient = (verb.lower == "to" || verb.lower == "on" || verb.lower == "at" ||
                            verb.lower == "against" || verb.lower == "toward" || verb.lower == "towards") &&
                           cue.speaker.begin - 2 > sb;
    bool object = recipient || (verb.kind == TokenKind::kWord && !verb.capitalized && !IsPreposition(verb) &&
                                !IsFunctionWord(verb) && !IsSubordinator(verb) && !IsBe(verb) &&
                                !IsAuxiliary(verb) && !IsAdverb(verb) && !IsDeterminer(verb) &&
                                (verb.cue_class == 0 || TakesAddressee(verb)) && !IsSpeakerNoun(verb) &&
                                (absl::EndsWith(verb.lower, "ed") || HasFlag(verb, kFlagIrregularPast)));
    // (Not after a verb of showing or hearing: "a speech that included
    // Dunleavy vowing …", "the video showed him saying …" — the one shown
    // or heard speaks.)
    // (But a document someone issues speaks for them: "Dunleavy issued a
    // statement saying …", "the group released a letter saying …".)
    const bool issued = IsDocumentNoun(c.lex, head) && c.lex.InSet(WordSet::kIssuingVerb, verb.lower);
    if ((object || issued) && (!IsDocumentNoun(c.lex, head) || issued) &&
        !c.lex.InSet(WordSet::kShowingVerb, verb.lower)) {
      Np subject = SentenceSubject(c, sb, se);
      // (The issuer right before its verb, but for auxiliaries and
      // adverbs: "the Dunleavy campaign issued", "she has also released".)
      bool adjacent = subject.valid();
      for (int k = subject.end; adjacent && k < cue.speaker.begin - 1; ++k) {
        adjacent = IsAuxiliary(c.tok(k)) || IsAdverb(c.tok(k));
      }
      if (subject.valid() && subject.end <= cue.speaker.begin - 1 && (!issued || adjacent)) {
        cue.speaker = subject;
      }
    }
  }
}

// A participle opening the sentence with its clause ("Insisting that the vote was
// fair, the board …"): the speaker is the subject after the comma that closes it.
void SpeakerOfOpeningParticiple(const Context& c, int i, const Token& t, int sb, int se, int end,
                                CueClass cls, Cue& cue) {
  if (!cue.speaker.valid() && i == sb && absl::EndsWith(t.lower, "ing") && end < se &&
      c.tok(end).lower == "that" && cls != CueClass::kBelief && cls != CueClass::kAttitude) {
    // (A clause with its verb: not "Describing that first meeting, he
    // said", where "that" points at a thing.)
    const int comma = OpeningClauseComma(c, end + 1, se);
    // (A name or a pronoun, or a phrase a verb follows: not "the
    // veteran" of "the veteran shipping magnate offered".)
    const Np np = comma >= 0 ? NpAfter(c, comma + 1, se) : Np{};
    if (np.valid() && np.end < se && WordToken(c.tok(np.end)) && !c.tok(np.end).capitalized &&
        !IsPreposition(c.tok(np.end)) && !IsDeterminer(c.tok(np.end))) {
      const Token& head = c.tok(np.end - 1);
      const Token& v = c.tok(np.end);
      const bool verb = IsAuxiliary(v) || VerbClassOf(v) != CueClass::kNone || absl::EndsWith(v.lower, "ed");
      if ((head.capitalized && !IsFunctionWord(head)) || IsPronoun(head) || verb) cue.speaker = np;
    }
  }
}

// A participle after a comma, a dash or "while" takes the subject of the clause
// it follows ("…, revealing a tendency").
void SpeakerOfTrailingParticiple(const Context& c, int s, int i, const Token& t, int sb, int se, Cue& cue,
                                 int before, bool comma_quote, bool participle_after_comma) {
  if (!cue.speaker.valid() && before >= sb && absl::EndsWith(t.lower, "ing") &&
      (c.tok(before).IsPunct(",") || c.tok(before).IsPunct("—") || comma_quote ||
       c.tok(before).IsPunct("–") || c.tok(before).IsPunct("-") || c.tok(before).lower == "while" ||
       c.tok(before).lower == "when" || c.tok(before).lower == "after" || c.tok(before).lower == "by" ||
       (participle_after_comma && before > sb))) {
    // "…, noting that …": the speaker of the report it continues
    // ("Okafor said in Dunmarsh, noting …"), else the subject of the main clause.
    // (Not one in an opening clause the participle is outside: "while
    // most of his rivals called for …, Pryor held …, noting …".)
    const int main_start = ClauseHolding(c, sb, se, i).begin;
    for (int k = static_cast<int>(c.cues.size()) - 1; k >= 0 && c.cues[k].sentence == s; --k) {
      const Cue& prev = c.cues[k];
      if (prev.begin < main_start && i >= main_start) continue;
      // (Not a gerund after a preposition, whose subject is the main
      // verb's object: "Yarrow criticized Evangelical voters for not
      // supporting Selwood, declaring …" is Yarrow declaring.)
      {
        int g = prev.begin - 1;
        if (g >= sb && (c.tok(g).lower == "not" || c.tok(g).lower == "n't")) --g;
        if (g >= sb && absl::EndsWith(c.tok(prev.begin).lower, "ing") && IsPreposition(c.tok(g)) &&
            !c.InQuote(g)) {
          continue;
        }
      }
      if (prev.speaker.valid() && !prev.passive && !prev.according && prev.end <= i) {
        cue.speaker = prev.speaker;
        // Not a report nested in an earlier one's that-clause: "Prewitt
        // said that Republicans rejected his attempts, calling it …" is
        // Prewitt calling it.
        for (int q = k - 1; q >= 0 && c.cues[q].sentence == s; --q) {
          const Cue& outer = c.cues[q];
          if (!outer.speaker.valid() || outer.passive || outer.according || outer.end > prev.speaker.begin ||
              outer.begin < main_start) {
            continue;
          }
          bool that = false, broken = false;
          for (int j = outer.end; j < prev.speaker.begin && !broken; ++j) {
            that |= c.tok(j).lower == "that";
            broken = c.tok(j).IsPunct(";") || c.InQuote(j);
          }
          if (that && !broken) cue.speaker = outer.speaker;
          break;
        }
        break;
      }
    }
    if (!cue.speaker.valid()) cue.speaker = SentenceSubject(c, main_start, se);
    if (!cue.speaker.valid()) cue.speaker = SentenceSubject(c, sb, se);
    if (cue.speaker.valid() && cue.speaker.begin >= i) cue.speaker = {};
  }
}

// The subject before the verb, past a relative clause ("a plan critics say will
// cost jobs": the people after the noun) and a place after a plural noun ("her
// keenest backers in Dunmarsh insisted": the group).
void SubjectBeforeVerb(const Context& c, int i, int sb, int se, Cue& cue, bool participle_after_comma) {
  if (!cue.speaker.valid() && !participle_after_comma) {
    cue.speaker = SubjectBefore(c, i, sb);
    // (Not for "expected the minutes to show": the phrase before "to"
    // is the subject of the infinitive, not the end of a relative clause.)
    if (i - 1 >= sb && c.tok(i - 1).lower != "to") cue.speaker = RelativeHead(c, cue.speaker, sb);
    // "a plan critics say will cost jobs": the people after the noun.
    if (const int z = ZeroRelativeSpeaker(c, i, sb, se); cue.speaker.valid() && z > cue.speaker.begin) {
      cue.speaker.begin = z;
    }
    // "Pryor's keenest backers in Dunmarsh insisted": a place
    // after a plural noun says where the group is; the group speaks.
    if (cue.speaker.valid() && cue.speaker.begin - 2 >= sb && c.tok(cue.speaker.begin).capitalized) {
      const Token& prep = c.tok(cue.speaker.begin - 1);
      const Token& head = c.tok(cue.speaker.begin - 2);
      // ("Few in Westminster actually believe", "many in France would
      // prefer": a quantifier standing for people, the place after it.)
      const bool quantifier = c.lex.InSet(WordSet::kQuantifierSubject, head.lower);
      if ((prep.lower == "in" || prep.lower == "from" || prep.lower == "across") && WordToken(head) &&
          (!head.capitalized || quantifier) && !c.InQuote(cue.speaker.begin - 2) &&
          ((absl::EndsWith(head.lower, "s") && !absl::EndsWith(head.lower, "ss") && !IsFunctionWord(head)) ||
           quantifier) &&
          VerbClassOf(head) == CueClass::kNone) {
        int g = cue.speaker.begin - 2;
        while (g - 1 >= sb && WordToken(c.tok(g - 1)) && !c.InQuote(g - 1) && !IsPreposition(c.tok(g - 1)) &&
               !IsSubordinator(c.tok(g - 1)) && !(IsAuxiliary(c.tok(g - 1)) && !IsAdverb(c.tok(g - 1))) &&
               c.tok(g - 1).lower != "and" && c.tok(g - 1).lower != "but" &&
               VerbClassOf(c.tok(g - 1)) == CueClass::kNone && g > cue.speaker.begin - 7) {
          --g;
          if (IsDeterminer(c.tok(g)) || IsPossessive(c.tok(g).text)) break;
        }
        cue.speaker.begin = g;
      }
    }
  }
}

// A verb of stance with a clause ("studies have found that …") holds the clause
// true: a belief reported.
void StanceWithClause(const Context& c, int i, const Token& t, int sb, int se, int end, CueClass& cls) {
  if (cls == CueClass::kAttitude) {
    int n = SkipAdverbsForward(c, end, se);
    // (Not "that" before a noun that ends its phrase: "voted that way,",
    // "learned that lesson in 2012".)
    const bool demonstrative =
        n + 2 < se && WordToken(c.tok(n + 1)) && (!c.tok(n + 2).IsWordLike() || IsPreposition(c.tok(n + 2)));
    // (Nor a plural noun joined to another: "none of the hecklers or
    // questions that she has had to face".)
    const Token& prev = c.tok(std::max(sb, i - 1));
    const bool noun = i > sb && absl::EndsWith(t.lower, "s") &&
                      (prev.lower == "or" || prev.lower == "and" || IsDeterminer(prev) ||
                       IsPreposition(prev) || IsPossessive(prev.text));
    if (n < se && c.tok(n).lower == "that" && !c.InQuote(n) && !demonstrative && !noun) {
      cls = CueClass::kBelief;
    }
    // "Most scientists agree the climate is warming": agreement with a
    // clause and no "that", its verb a form of "be", an auxiliary or a
    // past within a few words (not "agreed the deal", "agree to talks").
    if (cls == CueClass::kAttitude && absl::StartsWith(t.lower, "agree") && !noun && n < se &&
        !c.InQuote(n) && WordToken(c.tok(n)) && !IsPreposition(c.tok(n)) && c.tok(n).lower != "that") {
      for (int k = n + 1; k < se && k <= n + 5; ++k) {
        const Token& u = c.tok(k);
        if (!WordToken(u) || c.InQuote(k) || IsPreposition(u)) break;
        if (IsBe(u) || (IsAuxiliary(u) && !IsAdverb(u)) || IsIrregularPast(u)) {
          cls = CueClass::kBelief;
          break;
        }
      }
    }
  }
}

// A word followed by an aside of attribution set off by commas ("Repair bills, he
// added, were …") ends the subject the aside interrupts: it is a noun, no cue.
bool NounBeforeAside(const Context& c, int i, const Token& t, int sb, int se) {
  if (i + 4 < se && i - 1 >= sb && c.tok(i + 1).IsPunct(",") && !c.InQuote(i + 1) &&
      !absl::EndsWith(t.lower, "ed") && !absl::EndsWith(t.lower, "ing") && !IsIrregularPast(t) &&
      WordToken(c.tok(i - 1)) && !IsPronoun(c.tok(i - 1)) && !IsAdverb(c.tok(i - 1)) &&
      !IsAuxiliary(c.tok(i - 1)) && !c.InQuote(i - 1)) {
    bool aside = false;
    for (int k = i + 2; k < se && k <= i + 6 && !aside; ++k) {
      if (c.InQuote(k) || c.tok(k).kind == TokenKind::kQuote) break;
      if (!c.tok(k).IsPunct(",")) continue;
      bool verb = false, who = false;
      for (int j = i + 2; j < k; ++j) {
        verb |= VerbClassOf(c.tok(j)) != CueClass::kNone;
        who |= IsPronoun(c.tok(j)) || c.tok(j).capitalized;
      }
      // (The aside is its speaker and verb alone, and the subject's
      // verb follows it: not "as many researchers believe, and
      // Democrats are alleging, but Moscow denies".)
      const absl::string_view w0 = c.tok(i + 2).lower;
      aside = verb && who && w0 != "and" && w0 != "but" && w0 != "or" && k + 1 < se &&
              (IsFiniteAuxiliary(c.tok(k + 1)) || IsBe(c.tok(k + 1)) || LooksFinite(c.tok(k + 1)));
      break;
    }
    if (aside) return true;
  }
  return false;
}

// Fills in a cue found at token i ([i, end) of class cls) and finds its speaker:
// the subject before the verb, the subject of the clause a participle continues,
// the phrase after an inverted verb; false when the cue is dropped.
bool FindCueSpeaker(const Context& c, int s, int i, const Token& t, int sb, int se, int& end, CueClass cls,
                    Cue& cue) {
  cue.begin = i;
  cue.end = end;
  cue.cls = cls;
  cue.speaker = CoordinatedSubject(c, i, sb, se);
  cue.coordinated = cue.speaker.valid();
  // ("…, revealing a tendency": a participle after a comma takes the
  // subject of the clause it follows, below, not a phrase before it.)
  // So does one after a preposition or subordinator ("won over critics
  // by promising …", "silenced opponents after insisting …"): the noun
  // before the preposition is the main verb's object, not the speaker.
  int adjunct = i - 1;
  while (adjunct >= sb && IsAdverb(c.tok(adjunct))) --adjunct;
  // (A comma inside a closing quote mark counts: 'was "corrupt," noting …'.)
  const bool comma_quote =
      adjunct > sb && c.tok(adjunct).kind == TokenKind::kQuote && c.tok(adjunct - 1).IsPunct(",");
  // ("aside from stating that …", "apart from claiming …": so does one
  // after an exception's "from"; not "refrained from endorsing".)
  const bool exception = adjunct - 1 >= sb && c.tok(adjunct).lower == "from" &&
                         (c.lex.InSet(WordSet::kExceptionAdverb, c.tok(adjunct - 1).lower));
  const bool participle_after_comma =
      absl::EndsWith(t.lower, "ing") && adjunct >= sb &&
      (c.tok(adjunct).IsPunct(",") || comma_quote || exception ||
       (adjunct > sb && c.lex.InSet(WordSet::kAdjunctPreposition, c.tok(adjunct).lower)));
  SubjectBeforeVerb(c, i, sb, se, cue, participle_after_comma);
  if (!cue.speaker.valid() && !participle_after_comma) cue.speaker = SpeakerPhraseBefore(c, i, sb);
  // "which is why managers there indicate …": a question word opens
  // the clause, not the speaker's phrase.
  if (cue.speaker.valid() && cue.speaker.end - cue.speaker.begin > 1 && !c.InQuote(cue.speaker.begin) &&
      (c.tok(cue.speaker.begin).lower == "why" || c.tok(cue.speaker.begin).lower == "how" ||
       c.tok(cue.speaker.begin).lower == "where" || c.tok(cue.speaker.begin).lower == "when")) {
    ++cue.speaker.begin;
  }
  if (!cue.speaker.valid()) {
    // "LG Card's creditors fear that …", "which the paper said …":
    // before say or tell, or a verb whose clause starts with "that",
    // any plain noun phrase is its subject.
    int n = SkipAdverbsForward(c, end, se);
    // (So is a plural noun right before a verb in its plain present
    // form: "US manufacturers claim …", "economists argue …".)
    const Token& prev = c.tok(std::max(sb, i - 1));
    const bool plural_subject = i - 1 >= sb && WordToken(prev) && !prev.capitalized &&
                                absl::EndsWith(prev.lower, "s") && !absl::EndsWith(prev.lower, "ss") &&
                                !absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ed") &&
                                !absl::EndsWith(t.lower, "ing") && !IsFunctionWord(prev) &&
                                VerbClassOf(prev) == CueClass::kNone;
    if (IsStrongVerb(t) || (n < se && c.tok(n).lower == "that") || plural_subject) {
      cue.speaker = PlainSubjectBefore(c, i, sb);
    }
  }
  int before = i - 1;
  while (before >= sb && IsAdverb(c.tok(before))) --before;
  SpeakerOfTrailingParticiple(c, s, i, t, sb, se, cue, before, comma_quote, participle_after_comma);
  // "Noting that both firms had cut jobs, Varga put her finger on
  // …", "Insisting that the vote was fair, the board …": a participle
  // opening the sentence with its clause; who speaks is the subject after
  // the comma that closes it. (A verb of saying, not of supposing:
  // "Assuming that Pryor wins, she might …" reports nothing.)
  SpeakerOfOpeningParticiple(c, i, t, sb, se, end, cls, cue);
  // "Lycos has shut the campaign saying …", "He left UKIP saying …": a
  // participle after the object of the main verb reports what the
  // subject said, not the object ("a statement saying …" excepted: a
  // document says what it says).
  ParticipleAfterObject(c, i, t, sb, se, cue);
  if (!cue.speaker.valid() && before >= sb &&
      (c.tok(before).lower == "and" || c.tok(before).lower == "but" || c.tok(before).lower == "or")) {
    // "He described … and claimed …": the subject of the previous cue.
    for (int k = static_cast<int>(c.cues.size()) - 1; k >= 0; --k) {
      if (c.cues[k].sentence != s) break;
      if (c.cues[k].speaker.valid() && !c.cues[k].according && !c.cues[k].passive) {
        cue.speaker = c.cues[k].speaker;
        break;
      }
    }
  }
  bool joined = before >= sb && (c.tok(before).lower == "and" || c.tok(before).lower == "then" ||
                                 c.tok(before).lower == "but");
  joined |= i - 1 >= sb && c.tok(i - 1).lower == "then";
  if (!cue.speaker.valid() && joined) {
    Np subject = SentenceSubject(c, sb, se);
    if (subject.valid() && subject.end < i) cue.speaker = subject;
  }
  SpeakerAfterVerb(c, i, sb, se, end, cue);
  // "Kestrel News quoted Prince Adil as saying": the one quoted speaks; so
  // does the one an outlet "reports" or "cites" as saying it.
  if (c.lex.InSet(WordSet::kQuotingVerb, t.lower)) {
    Np quoted = NpAfter(c, end, se);
    if (quoted.valid() && quoted.end + 1 < se && c.tok(quoted.end).lower == "as" &&
        (c.lex.InSet(WordSet::kRelayedSayingParticiple, c.tok(quoted.end + 1).lower))) {
      cue.relay = cue.speaker.valid() && cue.speaker.end <= i ? cue.speaker.begin : i;
      cue.speaker = quoted;
      cue.cls = CueClass::kNeutral;
      end = quoted.end + 2;  // a claim, if any, follows "as saying"
    }
  }
  // A condition, not a report: "should the union reject the offer".
  if (cue.speaker.valid() && cue.speaker.begin < i && cue.speaker.begin - 1 >= sb &&
      IsConditional(c.tok(cue.speaker.begin - 1))) {
    return false;
  }
  // "polls show …": data, not a person or a name, shows things. (But
  // "surveys from Harwell Mutual have indicated", "economists at Brightloom
  // indicated": the name is where the data or the people come from.)
  // ("Studies have shown that …" reports; "Pryor and Keller have shown
  // they are willing", "keen gardeners have shown that …": what people
  // have shown is what they did, not what they said.)
  if (t.lower == "shown" &&
      (!cue.speaker.valid() || !c.lex.body_nouns.contains(c.tok(cue.speaker.end - 1).lower))) {
    return false;
  }
  // "The debate revealed a contrast", "forensic tests reveal", "the
  // device reveals its pedigree": a thing that reveals shows; only
  // people, bodies and documents reveal as a report ("Wadsworth revealed",
  // "an email from Priya Sowerby reveals that").
  if (absl::StartsWith(t.lower, "reveal") && cue.speaker.valid() && cue.speaker.end <= i) {
    const Token& head = c.tok(cue.speaker.end - 1);
    // (A work that reports is a source too: "a new documentary has
    // revealed", "the memoir reveals".)
    const bool someone =
        head.capitalized || IsSpeakerNoun(head) || IsPronoun(head) || c.lex.body_nouns.contains(head.lower) ||
        c.lex.InSet(WordSet::kReportingWork, head.lower) || head.lower == "who" || head.lower == "which";
    if (!someone && WordToken(head) && !c.InQuote(cue.speaker.end - 1)) return false;
  }
  // (Not "indicate": people and firms indicate what they mean without
  // saying it in so many words, "Varga indicated that …", and so does
  // data from a named source, "surveys from Harwell Mutual and Crane Bank have
  // indicated the market may …".)
  if (cue.speaker.valid() && (c.lex.InSet(WordSet::kShowVerb, t.lower)) &&
      c.tok(cue.speaker.end - 1).capitalized && cue.speaker.end - 1 != sb) {
    bool sourced = false;
    for (int k = cue.speaker.begin; k + 1 < cue.speaker.end && !sourced; ++k) {
      const Token& u = c.tok(k);
      sourced = (!u.capitalized || k == sb) && IsSpeakerNoun(u) && IsPreposition(c.tok(k + 1));
    }
    if (!sourced) return false;
  }
  // "But others say": an opening conjunction is no part of the speaker.
  if (cue.speaker.valid() && cue.speaker.end - cue.speaker.begin > 1 && cue.speaker.begin == sb) {
    const absl::string_view w = c.tok(sb).lower;
    if (c.tok(sb).capitalized && (w == "but" || w == "and" || w == "yet" || w == "so" || w == "or")) {
      ++cue.speaker.begin;
    }
  }
  // A speaker phrase ends on its head, not on "to" or "that"
  // ("wants young people to feel").
  // "said that voters can be confident": the complementiser is no part of it.
  if (cue.speaker.valid() && cue.speaker.end - cue.speaker.begin > 1 &&
      c.tok(cue.speaker.begin).lower == "that") {
    ++cue.speaker.begin;
  }
  TrimSpeakerEnd(c, cue);
  // "The lawsuit claims …", "is suing the firm, claiming …": in a
  // court's language "claim" and "contend" are the plain verbs of an
  // allegation, not a reporter's doubt.
  if (cue.speaker.valid() && cls == CueClass::kLoaded &&
      (absl::StartsWith(t.lower, "claim") || absl::StartsWith(t.lower, "contend"))) {
    bool legal = c.lex.InSet(WordSet::kLegalFiling, c.tok(cue.speaker.end - 1).lower);
    for (int k = sb; k < i && !legal && absl::EndsWith(t.lower, "ing"); ++k) {
      legal = c.lex.InSet(WordSet::kSueVerb, c.tok(k).lower) && !c.InQuote(k);
    }
    if (legal) cue.cls = CueClass::kNeutral;
  }
  // "The debate revealed a sharp divide", "the attack underscored …":
  // an event shows something; it says nothing, and no one is credited.
  if (cue.speaker.valid() && cls == CueClass::kLoaded && !cue.passive) {
    const Token& head = c.tok(cue.speaker.end - 1);
    if (c.lex.InSet(WordSet::kEventNoun, head.lower) && !head.capitalized) cue.speaker = {};
  }
  return true;
}

void FindCues(Context& c) {
  const auto& st = c.a.sentence_tokens;
  for (int s = 0; s < static_cast<int>(st.size()) && !c.Expired(); ++s) {
    const int sb = st[s].first, se = st[s].second;
    const int verb_first = ColonCue(c, s, sb, se);
    // Headlines report only with say/tell: "Selby Says We Should …".
    const bool heading = c.a.segmentation.sentences[s].heading;
    for (int i = sb; i < se; ++i) {
      if (c.InQuote(i) || i == verb_first) continue;
      const Token& t = c.tok(i);
      if (!WordToken(t)) continue;
      if (heading && !IsStrongVerb(t)) continue;
      // A cheap first test, before a Cue is built: a word with no cue class
      // is looked at only as "according", a stance adjective, an agentless
      // passive, a phrasal "… out", "… back" or "put it", "made the point that", a
      // passive that relays ("was heard saying"), or two words before a
      // colon ("went on:").
      if (t.cue_class == 0 && !(t.flags & kFlagAgentless) && !IsStanceAdjective(t) &&
          t.lower != "according" && !(i + 1 < se && c.tok(i + 1).lower == "out") &&
          !(i + 1 < se && c.tok(i + 1).lower == "back") &&
          // ("was heard saying", "is quoted as saying": the relay below.)
          !IsRelayVerb(c.lex, t) &&
          !(i + 1 < se && c.tok(i + 1).lower == "it" && absl::StartsWith(t.lower, "put")) &&
          !(i + 2 < se && c.tok(i + 2).IsPunct(":")) &&
          !(i + 3 < se && c.tok(i + 3).lower == "that" && c.tok(i + 1).lower == "the" &&
            absl::StartsWith(t.lower, "ma"))) {
        continue;
      }
      // "messages of support", "words of warning", "expressions of
      // concern": after "of", the word is a noun, not a verb with a subject.
      // (Not a gerund: "accused of saying".)
      if (i > sb && c.tok(i - 1).lower == "of" && !absl::EndsWith(t.lower, "ing")) continue;
      // "Repair bills, he added, were …", "Labour's claims, he said, are
      // false": a word followed by an aside of attribution set off by
      // commas ends the subject the aside interrupts; it is a noun.
      // (After a word that can open a noun phrase, not a subject and its
      // adverb: "She firmly believes, he said, that …"; nor a past,
      // "as cold as she said, he said".)
      if (NounBeforeAside(c, i, t, sb, se)) continue;
      // "The better than expected sales figures", "rose faster than previously
      // forecast": a comparison with what was expected, no claim and no
      // one who expects it.
      if (t.flags & kFlagAgentless) {
        int k = i - 1;
        while (k > sb && IsAdverb(c.tok(k))) --k;
        if (k >= sb && c.tok(k).lower == "than" && !c.InQuote(k)) continue;
      }
      // "the Israeli-Palestinian dispute", "the US-China claims": after an
      // article, a compound of two capitalised parts modifies the word,
      // which is a noun, not a verb with the compound as its subject.
      if (i - 2 >= sb && !absl::EndsWith(t.lower, "ed") && !absl::EndsWith(t.lower, "ing") &&
          IsDeterminer(c.tok(i - 2)) && !c.InQuote(i - 1) && CapitalisedCompound(c.tok(i - 1).text)) {
        continue;
      }
      Cue cue;
      cue.sentence = s;
      if (t.lower == "according" && i + 1 < se && c.tok(i + 1).lower == "to") {
        AccordingToCue(c, s, i, se);
        ++i;
        continue;
      }
      CueClass cls = static_cast<CueClass>(t.cue_class);
      // "The leader went on: “…”": speech goes on after the colon.
      if (WentOnCue(c, s, sb, se, &i)) continue;
      // "“…,” Ms Ortiz is reported as saying": the subject speaks.
      RelayCue(c, s, i, sb, se);
      // "The minister is worried (that) the bill may fail".
      if (IsStanceAdjective(t) && StanceAdjectiveCue(c, s, i, sb, se)) continue;
      // Phrasal cues: "called out" is speech, "pointed out" vouches for it.
      bool out_next = i + 1 < se && c.tok(i + 1).lower == "out";
      bool it_next = i + 1 < se && c.tok(i + 1).lower == "it" && absl::StartsWith(t.lower, "put");
      // "made the point that", "made the case that": a way of saying.
      const bool point_next = (c.lex.InSet(WordSet::kMakeVerb, t.lower)) && i + 3 < se &&
                              c.tok(i + 1).lower == "the" && c.tok(i + 3).lower == "that" &&
                              (c.lex.InSet(WordSet::kMadeArgumentNoun, c.tok(i + 2).lower));
      // "shot back", "fired back that", "hit back", "wrote back:": a reply.
      const bool back_next =
          i + 1 < se && c.tok(i + 1).lower == "back" && c.lex.InSet(WordSet::kBackVerb, t.lower);
      // Most words are no cue at all: leave them before any closer look.
      if (cls == CueClass::kNone && !out_next && !it_next && !point_next && !back_next &&
          !(t.flags & kFlagAgentless)) {
        continue;
      }
      // "That said, …", "All told, …", "is to blame", "as they say": idioms.
      if (IdiomNoCue(c, t, i, sb, se)) continue;
      // "urged him to say …": the object of another verb, not a speaker.
      if (ObjectBeforeTo(c, t, i, sb)) continue;
      // "Tell Tale Games has bought", "the band Say Anything": part of a name.
      if (PartOfAName(c, t, i, sb, se, heading)) continue;

      if (out_next && (c.lex.InSet(WordSet::kCallForm, t.lower))) {
        cls = CueClass::kNone;
      }
      // "Asked if she had ever been fined, …": a question put by someone unnamed.
      if (AskedQuestionCue(c, s, i, sb, se)) continue;
      // Agentless: "it was announced", "is widely believed", "have been accused of".
      // ("are all expected to show": a quantifier floated after "be".)
      int p = i - 1;
      while (p >= sb && (IsAdverb(c.tok(p)) || ((c.tok(p).lower == "all" || c.tok(p).lower == "both") &&
                                                p - 1 >= sb && IsBe(c.tok(p - 1))))) {
        --p;
      }
      if (AgentlessCue(c, s, i, p, sb, se, cls)) continue;
      int end = i + 1;
      if (!PhrasalCue(c, t, i, sb, se, point_next, back_next, &cls, &end)) continue;
      if (NotAReport(c, t, i, p, end, sb, se, cls)) continue;
      if (!IsStrongVerb(t) && !ComplementReports(c, i, end, sb, se, cls)) continue;
      // "Others largely agree that …", "studies have found that …": a verb of
      // stance with a clause holds that clause true, a belief reported.
      StanceWithClause(c, i, t, sb, se, end, cls);
      // "Press reports suggest …", "Media reports say …": a word of report
      // in -s right before another reporting verb is the subject's noun.
      if (absl::EndsWith(t.lower, "s") && !absl::EndsWith(t.lower, "ss") && end == i + 1 && end < se &&
          !IsStrongVerb(t)) {
        const Token& v = c.tok(end);
        if (WordToken(v) && !v.capitalized && VerbClassOf(v) != CueClass::kNone &&
            !absl::EndsWith(v.lower, "ing")) {
          continue;
        }
      }
      if (!FindCueSpeaker(c, s, i, t, sb, se, end, cls, cue)) continue;
      if (cue.speaker.valid()) c.AddCue(cue);
      i = end - 1;
    }
    FindStatementNouns(c, s);
    AddPronounColonCue(c, s);
    AddDashNameCue(c, s);
    AddCarryCue(c, s);
  }
}

// --- Resolution ---------------------------------------------------------------

namespace {

// A word that makes a title another office ("shadow chancellor", "deputy
// prime minister", "vice president").
bool IsOfficeModifier(const Lexicons& lex, absl::string_view w) {
  return lex.InSet(WordSet::kOfficeModifier, w);
}

// Two letters or more, all capitals: an acronym ("BBC", "TCI", "UK").
bool AllCapitals(absl::string_view w) { return w.size() >= 2 && absl::AsciiStrToUpper(w) == w; }

// The gender a noun for one person gives ("wife", "spokeswoman": 2;
// "husband", "chairman": 1), else 0.
int GenderOfNoun(const Lexicons& lex, absl::string_view h) {
  if (lex.InSet(WordSet::kFemaleNoun, h) || absl::EndsWith(h, "woman")) return 2;
  // (Not "chairman" or "spokesman": copy gives those titles to women too,
  // "the party chairman, Ann Lee, … she said".)
  if (lex.InSet(WordSet::kUnisexManTitle, h)) return 0;
  if (lex.InSet(WordSet::kMaleNoun, h) || absl::EndsWith(h, "man")) return 1;
  return 0;
}

struct Entity {
  std::string full;
  std::vector<std::string> parts;
  int gender = 0;  // 0 unknown, 1 male, 2 female
  // Lowercase titles and title abbreviations written before the name
  // ("sen", "president", "secretary of state"), so "the senator" can find it.
  std::vector<std::string> titles;
  int last_named = -100;   // sentence where the name last appeared
  int last_named_at = -1;  // and its first token there
  int mentions = 0;        // times named in the story so far
};

class Resolver {
 public:
  explicit Resolver(Context& c) : c_(c) {}

  void Run() {
    const auto& st = c_.a.sentence_tokens;
    c_.cue_speaker_name.assign(c_.cues.size(), "");
    c_.cue_speaker_named.assign(c_.cues.size(), false);
    c_.cue_named_after.assign(c_.cues.size(), false);
    c_.cue_speaker_antecedent.assign(c_.cues.size(), Np());
    size_t k = 0;
    for (int s = 0; s < static_cast<int>(st.size()); ++s) {
      sentence_ = s;
      named_here_.clear();
      RegisterNames(st[s].first, st[s].second);
      // "Heineken's net income fell … It blamed weak demand": a firm's
      // possessive opening the sentence is what a later "it" stands for
      // (not a person's: a known first name or a "he" or "she"; not a
      // contraction, "What's more"; not when a body spoke just before).
      if (sentence_ - last_body_sentence_ > 2) {
        const Token& t0 = c_.tok(st[s].first);
        if (t0.capitalized && WordToken(t0) && IsPossessive(t0.text) && !c_.InQuote(st[s].first) &&
            !IsFunctionWord(t0) && !IsPronoun(t0) && !IsWeekday(t0) && !IsMonth(t0)) {
          absl::string_view stem = PossessiveStem(t0.text);
          const int known = Find(stem);
          if (!stem.empty() && !c_.lex.InSet(WordSet::kNotPossessor, stem) &&
              !c_.lex.first_name_gender.contains(stem) && !c_.lex.kind_adjectives.contains(stem) &&
              (known < 0 || (entities_[known].gender == 0 && entities_[known].titles.empty()))) {
            last_body_ = known >= 0 ? entities_[known].full : std::string(stem);
            last_body_sentence_ = s;
            last_body_possessive_ = true;
          }
        }
      }
      bool subject_done = false;
      int outer_ent = -1, outer_end = -1, retouch = -1;
      for (; k < c_.cues.size() && c_.cues[k].sentence == s; ++k) {
        const Np& sp = c_.cues[k].speaker;
        // "…, Pryor's campaign manager, Neil Brackett, appeared on KTV9 and
        // outlined how he thinks …": a "he" or "she" after the sentence's own
        // subject, with no cue before it, stands for that subject; touch it
        // first.
        if (!subject_done && sp.valid() && sp.end - sp.begin == 1 && !c_.InQuote(sp.begin) &&
            (c_.tok(sp.begin).lower == "he" || c_.tok(sp.begin).lower == "she")) {
          const int sb = st[s].first, se = st[s].second;
          const int ms = MainClauseStart(c_, sb, se, /*pronoun_may_open=*/false);
          const bool cue_before = k > 0 && c_.cues[k - 1].sentence == s;
          // (A person's subject: a known first name or a title in its first
          // words, not "New EU rules …, she said"; a title written out
          // before a name counts, "President Renwick prompted outrage … when
          // he blasted …".)
          bool person = false;
          for (int j = ms; j < sp.begin && j < ms + 8 && !person; ++j) {
            const Token& u = c_.tok(j);
            if (c_.InQuote(j) || !u.capitalized) continue;
            const int title = TitleLength(j, sp.begin);
            person = c_.lex.first_name_gender.contains(u.text) || IsTitleAbbreviation(c_.lex, u) ||
                     (title > 0 && j + title < sp.begin && c_.tok(j + title).capitalized);
          }
          if (!cue_before && person && ms + 2 < sp.begin && !IsPronoun(c_.tok(ms)) &&
              TouchSubjectAt(ms, sb, se)) {
            subject_done = true;
          }
        }
        // "Bob said": a lone capitalised word speaking is a name.
        // (Not a quantifier in a title-case headline: "… — Some Say It
        // Proves She Cheated".)
        if (sp.valid() && sp.end - sp.begin == 1 && NameWord(c_, sp.begin, st[s].first) &&
            !IsPossessive(c_.tok(sp.begin).text) && !IsSpeakerNoun(c_.tok(sp.begin)) &&
            !IsDeterminer(c_.tok(sp.begin)) && !IsQuantityHead(c_.tok(sp.begin)) &&
            c_.tok(sp.begin).lower != "others") {
          EntityFor(sp.begin, sp.end, true, /*single_ok=*/true);
        }
        int ent = -1;
        second_reference_ = c_.cues[k].description_after_quote;
        speech_cue_ = c_.cues[k].cls != CueClass::kAttitude;
        // ("He added, though, that …", "she continued": a verb that goes on
        // with what was said is the last speaker's.)
        {
          const absl::string_view v = c_.tok(c_.cues[k].begin).lower;
          continuing_ = !c_.cues[k].passive && (c_.lex.InSet(WordSet::kContinuingVerb, v));
        }
        antecedent_ = {};
        c_.cue_speaker_name[k] = Resolve(sp, &ent);
        second_reference_ = false;
        speech_cue_ = false;
        continuing_ = false;
        // (The speaker a later "he added" goes on from: one resolved for a
        // verb of speech, named or a pronoun.)
        if (ent >= 0 && !c_.cues[k].passive && !c_.cues[k].according &&
            c_.cues[k].cls != CueClass::kAttitude) {
          last_speaker_ = ent;
          last_speaker_sentence_ = s;
          const absl::string_view v = c_.tok(c_.cues[k].begin).lower;
          last_speaker_asked_ = absl::StartsWith(v, "ask") || absl::StartsWith(v, "quer") ||
                                absl::StartsWith(v, "question") || absl::StartsWith(v, "press");
        }
        // "critics who say": the relative stands for the phrase before it,
        // which is what names someone or does not.
        const Np& named = antecedent_.valid() ? antecedent_ : sp;
        if (antecedent_.valid()) c_.cue_speaker_antecedent[k] = antecedent_;
        c_.cue_speaker_named[k] =
            !CircleOfPerson(named) && !PartOfGroupSomewhere(named) &&
            ((ent >= 0 && !IsSpeakerNoun(c_.tok(named.end - 1))) || Names(named, st[s].first));
        // "Both parents said": a pair the story has named.
        if (!c_.cue_speaker_named[k] && named.valid() && c_.tok(named.begin).lower == "both") {
          c_.cue_speaker_named[k] = true;
        }
        // "Several candidates, including Gerald Dunleavy and Ted Selwood, said":
        // a group whose members follow by name is named.
        if (!c_.cue_speaker_named[k] && sp.valid()) {
          int j = sp.end;
          const int se = st[s].second;
          if (j < se && c_.tok(j).IsPunct(",")) ++j;
          if (j < se && c_.tok(j).lower == "including") {
            ++j;
          } else if (j + 1 < se && c_.tok(j).lower == "such" && c_.tok(j + 1).lower == "as") {
            j += 2;
          } else {
            j = se;
          }
          c_.cue_speaker_named[k] = j < se && !c_.InQuote(j) && NameWord(c_, j, st[s].first);
        }
        if (ent < 0 && !c_.cues[k].according && !c_.cues[k].passive) {
          std::string name = NamedAfter(sp, c_.cues[k].begin, s);
          if (!name.empty()) {
            c_.cue_speaker_name[k] = std::move(name);
            c_.cue_named_after[k] = true;
          }
        }
        int described = -1;
        if (ent < 0 && sp.valid() && !c_.cues[k].according && !c_.cues[k].passive && !c_.cue_named_after[k]) {
          described = DescribedPerson(sp, c_.cue_speaker_name[k]);
        }
        if (described >= 0) {
          // "A spokesman said …. “…,” he added": the person described is
          // what a later "he" or "she" stands for, as a name would be.
          Touch(described);
          subject_done = true;
        } else if (sp.valid() && !c_.cues[k].according && !c_.cues[k].passive &&
                   !IsPronoun(c_.tok(sp.begin)) && c_.tok(sp.begin).lower != "who" &&
                   (ent < 0 || (entities_[ent].gender == 0 && entities_[ent].titles.empty()))) {
          // A body or group that speaks ("Deutsche Boerse said", "the
          // committee said"), or a name not known to be a person's: what a
          // later "it" or "they" stands for.
          last_body_ = c_.cue_speaker_name[k];
          last_body_sentence_ = s;
          last_body_possessive_ = false;
          // ("The firm, reporting …, said": resolved to the firm, which stays.)
          if (c_.cue_speaker_name[k] != last_firm_) last_firm_.clear();
          if (NamesAFirm(sp, st[s].first, st[s].second)) last_firm_ = last_body_;
        }
        // "Lindqvist then asked Pryor which counties he could win. “…,” he
        // said", "… when Hollis asked whether …": the one who asks is not
        // who answers; a later "he" or "she" stands for the one asked (a
        // name right after the verb) or, failing that, the sentence's subject.
        const absl::string_view verb = c_.tok(c_.cues[k].begin).lower;
        if (ent >= 0 && !c_.cues[k].passive && (c_.lex.InSet(WordSet::kAskVerb, verb)) && sp.valid() &&
            sp.end <= c_.cues[k].begin) {
          const int after = c_.cues[k].end;
          if (after < st[s].second && c_.tok(after).capitalized && !c_.InQuote(after) &&
              NameWord(c_, after, st[s].first)) {
            int e2 = after;
            while (e2 + 1 < st[s].second && NameWord(c_, e2 + 1, st[s].first)) ++e2;
            const int asked = Find(PossessiveStem(c_.tok(e2).text));
            if (asked >= 0 && asked != ent) {
              Touch(asked);
              subject_done = true;
            }
          }
          continue;
        }
        // "The issue was central to the mayoral race, where Gavin Ferris
        // opposed widening it. But the Green leader argued …": a stance in a
        // relative clause of place or time set off by a comma is background,
        // not whom a later "he" or a second reference stands for. (Not a
        // report: "…, where Hal Brenner told reporters that he had …".)
        // (So is one in a clause of reason or time inside the sentence:
        // "Mr. Talbot said he pursued it only because Mr. Ferrant agreed".)
        if (ent >= 0 && c_.cues[k].cls == CueClass::kAttitude && sp.valid() && sp.begin - 2 >= st[s].first &&
            !c_.InQuote(sp.begin - 1) &&
            ((c_.tok(sp.begin - 2).IsPunct(",") &&
              (c_.tok(sp.begin - 1).lower == "where" || c_.tok(sp.begin - 1).lower == "when")) ||
             c_.tok(sp.begin - 1).lower == "because" || c_.tok(sp.begin - 1).lower == "since" ||
             c_.tok(sp.begin - 1).lower == "after" || c_.tok(sp.begin - 1).lower == "before" ||
             c_.tok(sp.begin - 1).lower == "although" || c_.tok(sp.begin - 1).lower == "until")) {
          continue;
        }
        if (ent >= 0 && !c_.cues[k].according) {
          // "Keller turned …, pointing out that the Courier's Helen Marsh had
          // reported …. He hoped …": a speaker inside what an earlier speaker
          // of the sentence says is not who the next "he" stands for; the
          // outer speaker is touched again after the sentence.
          bool nested = false;
          if (outer_ent >= 0 && sp.valid() && sp.begin > outer_end) {
            for (int j = outer_end; j < sp.begin && !nested; ++j) {
              if (c_.tok(j).IsPunct(";") || c_.InQuote(j)) break;
              nested = c_.tok(j).lower == "that";
            }
          }
          if (nested) {
            retouch = outer_ent;
          } else if (outer_ent < 0) {
            outer_ent = ent;
            outer_end = c_.cues[k].end;
          }
          Touch(ent);
          subject_done = true;
        }
      }
      if (retouch >= 0) Touch(retouch);
      if (!subject_done) TouchSubject(st[s].first, st[s].second);
    }
  }

 private:
  std::string Text(int b, int e) const { return c_.TokText(b, e); }

  // Length of a place name starting at token b ("United States"), or 0.
  int PlaceAt(int b, int e) const {
    const Token& t = c_.tok(b);
    if (!HasFlag(t, kFlagMaybePlaceFirst) || !c_.lex.place_first_words.contains(t.text)) return 0;
    for (int n = std::min<int>(static_cast<int>(c_.lex.max_place_words), e - b); n >= 1; --n) {
      if (c_.lex.places.contains(c_.TokView(b, b + n))) return n;
    }
    return 0;
  }

  // Length of the longest title starting at token b ("secretary of state"), or 0.
  int TitleLength(int b, int e) const {
    if (!HasFlag(c_.tok(b), kFlagTitleFirst)) {
      // "Under-Secretary", "Vice-Chairman": a title written with a prefix.
      // (Not a double-barrelled name: "McArdle-Finch".)
      const Token& t = c_.tok(b);
      if (!t.hyphen || !t.capitalized) return 0;
      const size_t dash = t.lower.find('-');
      return WordToken(t) && dash != absl::string_view::npos &&
                     c_.lex.InSet(WordSet::kTitlePrefix, t.lower.substr(0, dash)) &&
                     dash + 1 < t.lower.size() && c_.lex.titles.contains(t.lower.substr(dash + 1))
                 ? 1
                 : 0;
    }
    for (int n = std::min<int>(static_cast<int>(c_.lex.max_title_words), e - b); n >= 1; --n) {
      if (c_.lex.titles.contains(c_.TokLower(b, b + n))) return n;
    }
    return 0;
  }
  bool TitleAt(int b, int e) const { return TitleLength(b, e) > 0; }

  // Skips titles before a name run: "Secretary of State Ann Cole" -> Ann Cole.
  void StripTitles(int* b, int e, int* gender, std::vector<std::string>* titles = nullptr) const {
    for (;;) {
      if (*b >= e) return;
      // "United States President", "Ukrainian President": a place or
      // demonym before a title.
      int place = PlaceAt(*b, e);
      if (place > 0 && *b + place < e && TitleAt(*b + place, e)) {
        // "Texas Sen. Ted Selwood": "the Texas senator" later.
        if (titles) titles->emplace_back(c_.TokLower(*b, *b + place));
        *b += place;
        continue;
      }
      if (c_.tok(*b).capitalized && *b + 1 < e && TitleAt(*b + 1, e) && !TitleAt(*b, e)) {
        // "Green leader Martin Hale": "the Green leader" later.
        if (titles) titles->emplace_back(c_.tok(*b).lower);
        ++*b;
        continue;
      }
      // "International Development Minister Gareth Pryde", "Shadow
      // Education Secretary Tim Averill": two capitalised words that are no
      // title before one, a name after it, name the office.
      if (*b + 2 < e && c_.tok(*b).capitalized && c_.tok(*b + 1).capitalized && WordToken(c_.tok(*b)) &&
          WordToken(c_.tok(*b + 1)) && (HasFlag(c_.tok(*b + 2), kFlagTitleFirst) || c_.tok(*b + 2).hyphen) &&
          !TitleAt(*b, e) && !TitleAt(*b + 1, e) && TitleLength(*b + 2, e) > 0 &&
          *b + 2 + TitleLength(*b + 2, e) < e) {
        if (titles) titles->emplace_back(c_.TokLower(*b, *b + 2));
        *b += 2;
        continue;
      }
      const Token& t = c_.tok(*b);
      if (c_.lex.InSet(WordSet::kPreTitleWord, t.lower)) {
        ++*b;
        continue;
      }
      // "Conservative Michael Haskell", "Liberal Democrat Charles Carvell": a
      // party's word before a first name is his party, not his name.
      if (t.capitalized && c_.lex.party_words.contains(t.text)) {
        int f = *b + 1;
        if (f < e && c_.lex.party_words.contains(c_.tok(f).text)) ++f;  // "Liberal Democrat"
        if (f + 1 < e && c_.tok(f).capitalized && c_.lex.first_name_gender.contains(c_.tok(f).text)) {
          if (titles) titles->emplace_back(c_.TokLower(*b, f));
          *b = f;
          continue;
        }
      }
      if (IsTitleAbbreviation(c_.lex, t)) {
        if (t.text == "Mr") *gender = 1;
        if (c_.lex.InSet(WordSet::kFemaleHonorific, t.text)) *gender = 2;
        if (titles) titles->emplace_back(t.lower);
        ++*b;
        if (*b < e && c_.tok(*b).IsPunct(".")) ++*b;
        continue;
      }
      int n = TitleLength(*b, e);
      if (n == 0) return;
      absl::string_view title = c_.TokLower(*b, *b + n);
      if (titles) titles->emplace_back(title);
      // "Tory shadow chancellor Oliver Kessling": a word that makes the title
      // another office, just before the phrase, is part of it.
      if (titles && *b > 0 && IsOfficeModifier(c_.lex, c_.tok(*b - 1).lower))
        titles->emplace_back(c_.tok(*b - 1).lower);
      // (The gender its last word gives, as for a noun: "chairman" and
      // "spokesman" are given to women too, "UKIP chairman Petra
      // Oldroyd … She said".)
      if (title == "first lady") *gender = 2;
      absl::string_view title_head = title.substr(title.rfind(' ') + 1);
      if (int g = GenderOfNoun(c_.lex, title_head)) *gender = g;
      *b += n;
    }
  }

  bool IsOrgOrPlace(int b, int e) const {
    for (int i = b; i < e; ++i) {
      const Token& t = c_.tok(i);
      if (!HasFlag(t, kFlagMaybeOrganisationWord)) continue;
      absl::string_view w = PossessiveStem(t.text);
      if (c_.lex.organisation_words.contains(w)) return true;
    }
    if (!HasFlag(c_.tok(b), kFlagMaybePlaceFirst)) return false;
    return c_.lex.places.contains(c_.TokView(b, e)) || c_.lex.places.contains(c_.tok(b).text);
  }

  // The words of a name, possessive endings dropped: "Ivan Garside’s" -> Ivan, Garside.
  void Parts(int b, int e, std::vector<absl::string_view>* parts) const {
    parts->clear();
    for (int i = b; i < e; ++i) {
      const Token& t = c_.tok(i);
      if (!WordToken(t)) continue;
      // "M." of "Jeffrey M. Lister", "Jr." of "James Heslop Jr.": the word
      // with its period.
      if ((IsInitial(t) || IsNameSuffix(c_.lex, t)) && i + 1 < e && c_.tok(i + 1).IsPunct(".") &&
          c_.tok(i + 1).span.start == t.span.end) {
        parts->push_back(absl::string_view(t.text.data(), t.text.size() + 1));
        continue;
      }
      parts->push_back(PossessiveStem(t.text));
    }
  }

  // With a gender from a title ("Mrs Tavani" after "Kian Tavani" and
  // his wife "Leila Tavani"), a person of that gender first, and never
  // one known to be of the other.
  int Find(absl::string_view part, int gender = 0) const {
    for (int pass = gender != 0 ? 0 : 1; pass < 2; ++pass) {
      auto fits = [&](const Entity& en) {
        if (en.parts.empty()) return false;  // a description ("a spokesman")
        if (en.parts.back() != part && en.parts.front() != part) return false;
        if (gender == 0) return true;
        return pass == 0 ? en.gender == gender : en.gender == 0;
      };
      int found = -1;
      for (int i = static_cast<int>(recent_.size()) - 1; i >= 0 && found < 0; --i) {
        if (fits(entities_[recent_[i]])) found = recent_[i];
      }
      for (int i = static_cast<int>(entities_.size()) - 1; i >= 0 && found < 0; --i) {
        if (fits(entities_[i])) found = i;
      }
      if (found < 0) continue;
      // Namesakes: "Ardley" alone, some paragraphs after "Frank Ardley"
      // was named, is the Ardley the story is about, the one it names most;
      // right after the other's full name it is that one.
      if (entities_[found].last_named < sentence_ - 1) {
        for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
          if (i != found && fits(entities_[i]) && entities_[i].mentions > entities_[found].mentions + 1) {
            found = i;
          }
        }
      }
      return found;
    }
    return -1;
  }

  // Person entity for a name run, registering it when new. -1 for non-persons.
  // `single_ok`: a one-word name may be registered even without a title
  // ("Bob said"): it is the subject of a reporting verb.
  int EntityFor(int b, int e, bool register_new, bool single_ok = false) {
    int gender = 0;
    int nb = b;
    titles_.clear();
    StripTitles(&nb, e, &gender, &titles_);
    bool titled = nb > b;
    // "Rep. Alma Fenwick Doyle of Florida", "Pryor of Vermont": a
    // person from a place, not the place.
    // ("Jeffrey Loach of the Harwell Policy Center": the article too.)
    for (int k = nb + 1; k + 1 < e; ++k) {
      if (c_.tok(k).lower != "of" || IsOrgOrPlace(nb, k)) continue;
      const int org = k + 2 < e && c_.tok(k + 1).lower == "the" ? k + 2 : k + 1;
      if (IsOrgOrPlace(org, e)) {
        e = k;
        break;
      }
    }
    if (nb >= e || IsOrgOrPlace(nb, e) || TitleAt(e - 1, e)) return -1;
    std::vector<absl::string_view>& parts = parts_;
    Parts(nb, e, &parts);
    if (parts.empty()) return -1;
    // "one senior Democrat said", "Presumptive Democratic presidential
    // nominee …": a kind of people ends the run, not a surname (but "Jack
    // White", a given name first, or "Mr Green", a title, is a person).
    if (!titled && c_.lex.party_words.contains(parts.back()) &&
        (parts.size() == 1 || !c_.lex.first_name_gender.contains(parts.front()))) {
      return -1;
    }
    // "TBWA", "BBC": an acronym alone names a body, not a person; so does a
    // name led by one of three letters or more ("BBC Sport", "CNN
    // International"; not "JD Salinger").
    auto acronym = [](absl::string_view w) {
      return std::all_of(w.begin(), w.end(),
                         [](char ch) { return absl::ascii_isupper(ch) || ch == '.' || ch == '&'; });
    };
    if ((parts.size() == 1 && parts[0].size() >= 2 && acronym(parts[0])) ||
        (parts.size() > 1 && parts[0].size() >= 3 && acronym(parts[0]))) {
      return -1;
    }
    // "Margaret Ardley", "Mitchell Royds": a given name most bearers of
    // which are "she" or "he" (looked up only for a new or fuller name).
    auto given_gender = [&]() {
      if (gender != 0 || parts.size() < 2) return gender;
      auto g = c_.lex.first_name_gender.find(parts.front());
      return g != c_.lex.first_name_gender.end() ? g->second : 0;
    };
    std::string& full = full_;
    full.clear();
    for (absl::string_view p : parts) {
      if (!full.empty()) full.push_back(' ');
      full.append(p.data(), p.size());
    }
    if (auto known = by_full_.find(full); known != by_full_.end()) {
      if (gender) entities_[known->second].gender = gender;
      AddTitles(known->second);
      return known->second;
    }
    if (parts.size() == 1) {
      int found = Find(parts[0], gender);
      // ("President Lomidze" after "the new president, Mikhail
      // Lomidze": the title is his, for "the president" later.)
      if (found >= 0) {
        AddTitles(found);
        return found;
      }
      if (!(titled || single_ok) || !register_new) return -1;
    } else {
      // "Gerald Dunleavy" after "Dunleavy": upgrade the single-name entity.
      int found = Find(parts.back());
      if (found >= 0 && entities_[found].parts.size() == 1) {
        if (int g = given_gender()) entities_[found].gender = g;
        by_full_.erase(entities_[found].full);
        entities_[found].full = full;
        entities_[found].parts = std::vector<std::string>(parts.begin(), parts.end());
        by_full_[full] = found;
        AddTitles(found);
        return found;
      }
      // "Gerald J. Dunleavy" and "Gerald Dunleavy": one person, with and without
      // a middle name or initial (the same first and last names).
      for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
        const Entity& en = entities_[i];
        if (en.parts.size() >= 2 && en.parts.front() == parts.front() && en.parts.back() == parts.back() &&
            en.parts.size() != parts.size()) {
          by_full_[full] = i;
          AddTitles(i);
          return i;
        }
      }
    }
    if (!register_new || parts.size() > 4) return -1;
    entities_.push_back(
        Entity{full, std::vector<std::string>(parts.begin(), parts.end()), given_gender(), {}, -100});
    by_full_[full] = static_cast<int>(entities_.size()) - 1;
    AddTitles(static_cast<int>(entities_.size()) - 1);
    return static_cast<int>(entities_.size()) - 1;
  }

  void AddTitles(int ent) {
    std::vector<std::string>& have = entities_[ent].titles;
    for (std::string& t : titles_) {
      if (std::find(have.begin(), have.end(), t) == have.end()) have.push_back(std::move(t));
    }
    titles_.clear();
  }

  // Whether a person entity was given a title that the head of a description
  // names: "the senator" for "Sen. Ted Selwood", "the president" for "President
  // Renwick", "the secretary" for "Secretary of State John Farnaby".
  bool HasTitle(int ent, absl::string_view head) const {
    for (const std::string& t : entities_[ent].titles) {
      if (t == head) return true;
      if (t.size() >= 3 && absl::StartsWith(head, t)) return true;  // "sen" -> "senator"
      for (absl::string_view w : absl::StrSplit(t, ' ')) {
        if (w == head) return true;
      }
    }
    return false;
  }

  // Whether a description "the [modifiers] head" fits a person: its head
  // and its modifiers are words of the person's titles ("the foreign
  // secretary" for "Foreign Secretary Jack Tamsett", "the Texas senator" for
  // "Texas Sen. Ted Selwood", not for "Sen. John Esterby").
  bool DescriptionFit(int ent, int b, int e) const {
    const Token& head = c_.tok(e - 1);
    if (!HasTitle(ent, head.lower)) return false;
    // A word that makes the title another office ("shadow chancellor",
    // "deputy prime minister", "vice president") must be in the
    // description too: "the chancellor" is not the shadow chancellor.
    for (const std::string& t : entities_[ent].titles) {
      for (absl::string_view w : absl::StrSplit(t, absl::ByAnyChar(" -"))) {
        if (!IsOfficeModifier(c_.lex, w)) continue;
        bool said = false;
        for (int i = b; i < e; ++i) said |= absl::StartsWith(c_.tok(i).lower, w);
        if (!said) return false;
      }
    }
    for (int i = b; i < e - 1; ++i) {
      const Token& u = c_.tok(i);
      if (!WordToken(u) || c_.lex.InSet(WordSet::kPreTitleWord, u.lower)) continue;
      if (!u.capitalized && !HasFlag(u, kFlagTitleFirst)) continue;  // "veteran", "embattled"
      bool found = false;
      for (const std::string& t : entities_[ent].titles) {
        for (absl::string_view w : absl::StrSplit(t, ' ')) found |= w == u.lower;
      }
      if (!found) return false;
    }
    return true;
  }

  // The person the story has named most so far (the later on a tie), of
  // `gender` unless it is 0, not named in this sentence (most often named
  // in what the sentence reports: "The tricks that Upshaw accused Selwood of
  // are not on the level of Ardley's, the candidate said"); -1 for none. A
  // person is an entity with a gender (a known first name, a "he" or a
  // "she"), not a firm or a place.
  int MostNamedPerson(int gender) const {
    int best = -1;
    for (int cand : mentioned_) {
      const Entity& en = entities_[cand];
      if (en.gender == 0 || (gender != 0 && en.gender != gender)) continue;
      if (std::find(named_here_.begin(), named_here_.end(), cand) != named_here_.end()) continue;
      if (best < 0 || en.mentions >= entities_[best].mentions) best = cand;
    }
    return best;
  }
  // The gender a kind of person gives: "actress", "businesswoman" 2,
  // "businessman" 1, 0 for the rest.
  static int GenderOfKind(const Token& t) {
    if (absl::EndsWith(t.lower, "woman") || absl::EndsWith(t.lower, "ess")) return 2;
    if (absl::EndsWith(t.lower, "man")) return 1;
    return 0;
  }

  // The person a description names, among `order` (latest last): the
  // latest it fits, or -1.
  int FindDescribed(const std::vector<int>& order, int b, int e) const {
    for (int i = static_cast<int>(order.size()) - 1; i >= 0; --i) {
      int cand = order[i];
      if (std::find(named_here_.begin(), named_here_.end(), cand) != named_here_.end()) continue;
      if (DescriptionFit(cand, b, e)) return cand;
    }
    return -1;
  }
  // The person a description [b, e) names: one given its title, a subject
  // first, then anyone named with it ("Green leader Martin Hale went on
  // the offensive … The Green leader went on: …"); failing that, when
  // `by_recency`, the latest subject not named in this sentence. -1 for none.
  int Described(int b, int e, bool by_recency) const {
    int described = FindDescribed(recent_, b, e);
    if (described < 0) described = FindDescribed(mentioned_, b, e);
    if (described >= 0 || !by_recency) return described;
    for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
      int cand = recent_[i];
      if (std::find(named_here_.begin(), named_here_.end(), cand) == named_here_.end()) return cand;
    }
    return -1;
  }

  void RegisterNames(int sb, int se) {
    // A headline capitalises every word: its runs are not names.
    if (c_.a.segmentation.sentences[c_.token_sentence[sb]].heading) return;
    for (int i = sb; i < se; ++i) {
      // (Names and title abbreviations are capitalised: most words leave here.)
      if (!c_.tok(i).capitalized) continue;
      if (!NameWord(c_, i, sb) && !IsTitleAbbreviation(c_.lex, c_.tok(i))) continue;
      int e = i;
      bool had_inner_title = false;
      while (e < se) {
        const Token& u = c_.tok(e);
        // "Tory leader Michael Haskell", "shadow home secretary David Wexley":
        // a role in lower case between capitalised words belongs to the name.
        bool inner_title = e > i && !u.capitalized && IsTitleWord(u) && e + 1 < se &&
                           (NameWord(c_, e + 1, sb) || IsTitleWord(c_.tok(e + 1)));
        had_inner_title |= inner_title;
        if (NameWord(c_, e, sb) || inner_title ||
            (e > i && IsNameJoiner(u) && e + 1 < se && c_.tok(e + 1).capitalized) ||
            (u.IsPunct(".") && e > i && IsTitleAbbreviation(c_.lex, c_.tok(e - 1))) ||
            (u.IsPunct(".") && e > i && IsInitial(c_.tok(e - 1)) && e + 1 < se && NameWord(c_, e + 1, sb)) ||
            IsTitleAbbreviation(c_.lex, u)) {
          bool poss = IsPossessive(u.text);
          ++e;
          if (poss) break;
          continue;
        }
        break;
      }
      // "Andrew Lumb MP", "Jane Hill QC": letters after a name are no part
      // of it (a later "he" or "Mr Lumb" finds the person).
      if (e - 1 > i + 1 && IsPostNominal(c_.lex, c_.tok(e - 1).text)) --e;
      if (e > i) {
        // "Dunleavy's wife, Ilona, is to speak": one name set off after a noun
        // for one person is that person, "she" when the noun says so.
        const int noun = i - 2;
        const bool appositive =
            e == i + 1 && noun >= sb && c_.tok(i - 1).IsPunct(",") && (e >= se || c_.tok(e).IsPunct(",")) &&
            WordToken(c_.tok(noun)) && !c_.tok(noun).capitalized &&
            (GenderOfNoun(c_.lex, c_.tok(noun).lower) != 0 ||
             (IsSpeakerNoun(c_.tok(noun)) && !c_.lex.body_nouns.contains(c_.tok(noun).lower) &&
              !absl::EndsWith(c_.tok(noun).lower, "s")));
        // "His wife Moira agreed", "his son Theo, a trainee chef": a
        // one-word name right after a noun of kin or gender after a
        // possessive is that person, "she" or "he" as the noun says.
        const bool kin = e == i + 1 && i - 2 >= sb &&
                         (IsPossessivePronoun(c_.tok(i - 2)) || IsPossessive(c_.tok(i - 2).text) ||
                          c_.IsPossessiveMark(i - 2)) &&
                         WordToken(c_.tok(i - 1)) && !c_.tok(i - 1).capitalized && !c_.InQuote(i - 1) &&
                         GenderOfNoun(c_.lex, c_.tok(i - 1).lower) != 0;
        int ent = EntityFor(i, e, true, /*single_ok=*/appositive || kin);
        if (ent >= 0 && appositive && entities_[ent].gender == 0) {
          entities_[ent].gender = GenderOfNoun(c_.lex, c_.tok(noun).lower);
        }
        if (ent >= 0 && kin && entities_[ent].gender == 0)
          entities_[ent].gender = GenderOfNoun(c_.lex, c_.tok(i - 1).lower);
        // "His wife, Leila Tavani, …": a full name set off after a noun
        // for one person of a gender is that person's gender too.
        if (ent >= 0 && !appositive && entities_[ent].gender == 0 && noun >= sb &&
            c_.tok(i - 1).IsPunct(",") && (e >= se || c_.tok(e).IsPunct(",")) && WordToken(c_.tok(noun)) &&
            !c_.tok(noun).capitalized) {
          entities_[ent].gender = GenderOfNoun(c_.lex, c_.tok(noun).lower);
        }
        if (ent < 0 && had_inner_title) {
          // "Association of Harbour Pilots president Carl Wendt": the
          // body is no person; the role in lower case and the name are.
          for (int k = e - 1; k > i; --k) {
            if (!c_.tok(k).capitalized && IsTitleWord(c_.tok(k))) {
              ent = EntityFor(k, e, true);
              break;
            }
          }
        }
        if (ent >= 0) {
          named_here_.push_back(ent);
          ++entities_[ent].mentions;
          entities_[ent].last_named = sentence_;
          entities_[ent].last_named_at = i;
          mentioned_.erase(std::remove(mentioned_.begin(), mentioned_.end(), ent), mentioned_.end());
          mentioned_.push_back(ent);
        }
        i = e - 1;
      }
    }
  }

  // A speaker described, not named, as one person ("a spokesman", "one
  // London-based broker", "the British actor"): an entity named by the
  // description, with the gender its head gives. -1 for anything else.
  int DescribedPerson(const Np& sp, const std::string& described) {
    const Token& first = c_.tok(sp.begin);
    // The head noun may come before what modifies it: "A spokesman for
    // the Harwell Growers Federation (HGF)". Only in a phrase that
    // opens with "a" or "an" and stands on its own: an appositive after a
    // comma ("Marion Dace, a supporter of Pryor's bid") describes
    // the person just named.
    int head_end = sp.end;
    if (!IsSpeakerNoun(c_.tok(sp.end - 1)) && (first.lower == "a" || first.lower == "an") &&
        !(sp.begin > 0 && c_.tok(sp.begin - 1).IsPunct(","))) {
      int i = sp.begin + 1;
      while (i < sp.end && !IsPreposition(c_.tok(i)) && !c_.tok(i).IsPunct(",") && !c_.tok(i).IsPunct("("))
        ++i;
      if (i < sp.end && IsSpeakerNoun(c_.tok(i - 1))) head_end = i;
    }
    const Token& head = c_.tok(head_end - 1);
    if (IsPronoun(first) || first.lower == "who" || first.lower == "which") return -1;
    // (Nor a document or a study, no person: "a Toshiba study found …. It
    // found …" is what a later "it" stands for.)
    if (!IsSpeakerNoun(head) || head.capitalized || IsPossessive(head.text) ||
        c_.lex.body_nouns.contains(head.lower) || IsDocumentNoun(c_.lex, head)) {
      return -1;
    }
    absl::string_view h = head.lower;
    // One person: a singular head ("spokesman", not "officials").
    if (absl::EndsWith(h, "s") && !absl::EndsWith(h, "ss")) return -1;
    int gender = GenderOfNoun(c_.lex, h);
    std::string key = absl::StrCat("\x01", described);  // never a name
    if (auto known = by_full_.find(key); known != by_full_.end()) return known->second;
    entities_.push_back(Entity{described, {}, gender, {}, sentence_});
    by_full_[key] = static_cast<int>(entities_.size()) - 1;
    return static_cast<int>(entities_.size()) - 1;
  }

  // A person's name starting at token i of the sentence [sb, se), titles
  // skipped ("Sen. Joe Marchetti", "Ann Kershaw"): two name words or more, the
  // first a given name the lexicon knows or one after a title, none of them
  // possessive. Sets [*nb, *ne) to the name, letters after it left out
  // ("Charles Newbould QC"), and *run_end to where its words end.
  bool PersonNameAt(int i, int sb, int se, int* nb, int* ne, int* run_end) {
    // (Not "But Prime Minister Tony Pardoe": a conjunction is no part of it.)
    if (IsFunctionWord(c_.tok(i))) return false;
    int b = i, gender = 0;
    StripTitles(&b, se, &gender);
    if (b >= se || c_.InQuote(b) || !NameWord(c_, b, sb)) return false;
    const bool titled = b > i;
    int e = b;
    while (e < se && NameWord(c_, e, sb) && !IsPossessive(c_.tok(e).text)) ++e;
    if (e < se && IsPossessive(c_.tok(e).text)) return false;
    *run_end = e;
    if (e - 1 > b + 1 && IsPostNominal(c_.lex, c_.tok(e - 1).text)) --e;
    if (e - b < 2 || (!titled && !c_.lex.first_name_gender.contains(c_.tok(b).text))) return false;
    *nb = b;
    *ne = e;
    return true;
  }

  // "Another former lawmaker, Sen. Joe Marchetti, also stated …", "A PR
  // expert has told the trial that … ¶ Ann Kershaw told the court …": one
  // person described ("a", "an", "another" or "one" and a noun in lower
  // case, the subject of its verb) and named right after, in apposition or
  // as the subject opening the next sentence (a person the story has not
  // named before: the lead's description, then the name, as news copy
  // introduces people). The name, or "" when there is none.
  std::string NamedAfter(const Np& sp, int cue_begin, int s) {
    const auto& st = c_.a.sentence_tokens;
    if (!sp.valid() || sp.end > cue_begin || sp.end - sp.begin < 2 || c_.InQuote(sp.begin)) return "";
    const Token& first = c_.tok(sp.begin);
    if (first.lower != "a" && first.lower != "an" && first.lower != "another" && first.lower != "one")
      return "";
    // The head: the last word, or the one before "for", "of", "at" or
    // "with" ("A prospective candidate for the Rural Reform Party").
    int head = sp.end - 1;
    for (int k = sp.begin + 1; k < sp.end; ++k) {
      const absl::string_view w = c_.tok(k).lower;
      if (w == "for" || w == "of" || w == "at" || w == "with") {
        head = k - 1;
        break;
      }
    }
    const Token& last = c_.tok(head);
    if (last.capitalized || !WordToken(last) || !IsSpeakerNoun(last) ||
        c_.lex.body_nouns.contains(last.lower) ||
        (absl::EndsWith(last.lower, "s") && !absl::EndsWith(last.lower, "ss"))) {
      return "";
    }
    int nb = 0, ne = 0, run = 0;
    const int sb = st[s].first;
    // In apposition: ", Name," or ", Name (".
    if (sp.end + 1 < cue_begin && c_.tok(sp.end).IsPunct(",") &&
        PersonNameAt(sp.end + 1, sb, cue_begin, &nb, &ne, &run) && run < cue_begin &&
        (c_.tok(run).IsPunct(",") || c_.tok(run).IsPunct("("))) {
      return std::string(c_.TokText(nb, ne));
    }
    // The next sentence's subject, in the same paragraph or the next.
    if (s + 1 >= static_cast<int>(st.size())) return "";
    const auto& sents = c_.a.segmentation.sentences;
    if (sents[s + 1].heading || sents[s + 1].paragraph > sents[s].paragraph + 1) return "";
    const int nsb = st[s + 1].first, nse = st[s + 1].second;
    if (!PersonNameAt(nsb, nsb, nse, &nb, &ne, &run) || run >= nse) return "";
    const Token& after = c_.tok(run);
    if (!(after.IsPunct(",") || (WordToken(after) && !after.capitalized))) return "";
    // A person new to the story: neither part named before.
    if (Find(c_.tok(nb).text) >= 0 || Find(c_.tok(ne - 1).text) >= 0) return "";
    return std::string(c_.TokText(nb, ne));
  }

  // "the Republican", "the Utah Republican": [b, e) opens on "the" and ends
  // on a party's word for one member (a word of kind_adjectives.txt marked
  // "party", as written, not a plural).
  bool PartyMemberAt(int b, int e) const {
    return c_.tok(b).lower == "the" && c_.lex.party_words.contains(c_.tok(e - 1).text) &&
           !absl::EndsWith(c_.tok(e - 1).lower, "s");
  }

  void Touch(int ent) {
    recent_.erase(std::remove(recent_.begin(), recent_.end(), ent), recent_.end());
    recent_.push_back(ent);
  }

  // Whether a body's speaker phrase [sp] in the sentence [sb, se) is a name
  // (capitalised, not a kind of people, not a person's first name then a
  // surname): what a later "the company" stands for.
  bool NamesAFirm(const Np& sp, int sb, int se) const {
    const Token& head = c_.tok(sp.end - 1);
    const Token& lead = c_.tok(sp.begin);
    // (Of several words, one that marks a body: "Lycos Europe", "UK Coal",
    // "Ellis Pilling Foundation"; "Rio Walmsley" may be a person.)
    bool body_word = false;
    for (int w = sp.begin; w < sp.end; ++w) {
      const Token& u = c_.tok(w);
      body_word |= (AllCapitals(u.text) && WordToken(u)) || c_.lex.organisation_words.contains(u.text);
    }
    bool person = sp.end - sp.begin >= 2 && (c_.lex.first_name_gender.contains(lead.text) ||
                                             !(body_word || IsOrgOrPlace(sp.begin, sp.end)));
    // ("Rosalind Bridge, a spokeswoman for the bank, told …": an appositive
    // says it is a person.)
    if (sp.end + 1 < se && c_.tok(sp.end).IsPunct(",")) {
      for (int w = sp.end + 1; w < se && w <= sp.end + 4; ++w) {
        const Token& u = c_.tok(w);
        if (IsSpeakerNoun(u) && !u.capitalized && !c_.lex.body_nouns.contains(u.lower)) person = true;
      }
    }
    return head.capitalized && lead.capitalized && !IsSpeakerNoun(head) && !IsDeterminer(lead) &&
           !IsFunctionWord(lead) && !person && !c_.lex.kind_adjectives.contains(head.text) &&
           !(sp.begin == sb && sp.end - sp.begin == 1 && IsAdverb(lead));
  }

  // A one-word name that is a body's, not a person's: an acronym ("BBC",
  // "TCI"), a party or kind ("Labour", "Democrats"), an organisation word.
  bool BodyName(const Entity& en) const {
    if (en.parts.size() != 1) return false;
    const std::string& w = en.parts[0];
    if (AllCapitals(w)) return true;
    if (c_.lex.kind_adjectives.contains(w) || c_.lex.organisation_words.contains(w)) return true;
    absl::string_view stem = absl::StripSuffix(w, "s");
    return stem.size() < w.size() && c_.lex.kind_adjectives.contains(stem);
  }

  // A noun for a person of a nation ("German", "Spaniard", "Frenchman",
  // "Briton", "Scot"): capitalised, not a name the story has used.
  bool Demonym(const Token& t) const {
    // (A name the story has used: not one this sentence registered right
    // here, "…, the Swede said" registers "Swede" before it is resolved.)
    auto used = [&] {
      const int found = Find(t.text);
      return found >= 0 && !(entities_[found].mentions <= 1 && entities_[found].last_named == sentence_ &&
                             entities_[found].last_named_at == static_cast<int>(&t - &c_.tok(0)));
    };
    if (!t.capitalized || !WordToken(t) || t.hyphen || IsPossessive(t.text) || used() ||
        c_.lex.organisation_words.contains(t.text) || c_.lex.InSet(WordSet::kDemonymLookalike, t.text)) {
      return false;  // ("the Guardian said": a newspaper)
    }
    if (c_.lex.InSet(WordSet::kBareNationality, t.text)) return true;
    absl::string_view w = t.text;
    if (w.size() < 5) return false;
    return absl::EndsWith(w, "ian") || absl::EndsWith(w, "ean") || absl::EndsWith(w, "ese") ||
           absl::EndsWith(w, "iard") ||
           (absl::EndsWith(w, "man") && !absl::EndsWith(w, "woman") &&
            (absl::StartsWith(w, "French") || absl::StartsWith(w, "Dutch") || absl::StartsWith(w, "Welsh") ||
             absl::StartsWith(w, "Irish") || absl::StartsWith(w, "English") ||
             absl::StartsWith(w, "Scots"))) ||
           c_.lex.InSet(WordSet::kDemonymNoun, w);
  }

  // Whether the entity was last named as a modifier of a noun after a
  // possessive pronoun: "their Grand Slam hopes", "his Premier League
  // debut". A name
  // of no known gender used so is no person a "he" or "she" can be.
  bool ModifierMention(const Entity& en) const {
    if (en.gender != 0 || en.last_named_at <= 0) return false;
    const int b = en.last_named_at;
    const int sb = c_.a.sentence_tokens[en.last_named].first;
    if (b - 1 < sb) return false;
    const Token& before = c_.tok(b - 1);
    // "The Lib Dems called for …", "the Pentagon said": a name right after
    // "the" is a party, a body or a thing, not a "he" (not a title: "the
    // Rev Amos Thwaite").
    if (before.lower == "the" && !IsTitleAbbreviation(c_.lex, c_.tok(b)) && !IsTitleWord(c_.tok(b))) {
      return true;
    }
    // (Not after "'s": "Labour's Gordon Gossard said" names a person; not
    // "her", which is as often an object: "told her Mary was ill".)
    if (!IsPossessivePronoun(before) || before.lower == "her") return false;
    int e = b;
    while (e < c_.ntok() && WordToken(c_.tok(e)) && c_.tok(e).capitalized) ++e;
    if (e >= c_.ntok()) return false;
    const Token& after = c_.tok(e);
    return WordToken(after) && !after.capitalized && !IsAuxiliary(after);
  }

  // Whether tokens `from` and `to` (later) stand in one clause, outside
  // quotes: no punctuation, relative, subordinator or quote mark between.
  bool SameClause(int from, int to) const {
    for (int k = from + 1; k <= to; ++k) {
      const Token& u = c_.tok(k);
      if (c_.InQuote(k) || u.kind == TokenKind::kQuote || u.kind == TokenKind::kPunct || u.lower == "who" ||
          u.lower == "which" || u.lower == "that" || u.lower == "whom" || IsSubordinator(u)) {
        return false;
      }
    }
    return true;
  }

  // Whether token k is quoted or a quote mark (a possessive's apostrophe,
  // "Cheevers' sister", is none).
  bool Quoted(int k) const {
    return c_.InQuote(k) || (c_.tok(k).kind == TokenKind::kQuote && !c_.IsPossessiveMark(k));
  }

  // Whether a given name of the entity is one the lexicon knows as the
  // other gender's (a gender only guessed from a pronoun can be wrong;
  // such a name cannot).
  bool NamedAsOtherGender(const Entity& en, int gender) const {
    for (const std::string& part : en.parts) {
      const auto it = c_.lex.first_name_gender.find(part);
      if (it != c_.lex.first_name_gender.end() && it->second != gender) return true;
    }
    return false;
  }

  // The person a "he" or "she" at token `at` stands for, or -1.
  int Antecedent(int gender, int at) {
    // "“…?” Blaylock said about Esterby's effort …. He added, though, that
    // …": a verb that goes on with what was said, its pronoun opening the
    // next sentence, is the last speaker's, not the last name's.
    if (continuing_ && last_speaker_ >= 0 && last_speaker_sentence_ == sentence_ - 1 &&
        at == c_.a.sentence_tokens[sentence_].first) {
      // (A gender only guessed from an earlier pronoun yields to "added";
      // a given name the lexicon knows does not.)
      Entity& en = entities_[last_speaker_];
      if (!NamedAsOtherGender(en, gender) && (en.gender == gender || en.parts.size() >= 2)) {
        en.gender = gender;
        return last_speaker_;
      }
    }
    // "Park won the vote easily, Ann Cole said. “…,” she said.": a pronoun
    // that speaks right after a quote opening its sentence goes on from the
    // speaker of the sentence before, in the same paragraph, whose gender
    // agrees (not from a name that report mentions).
    // (Not one who asked: "Mark Hill asked whether …. “…,” he said" is
    // someone else's answer.)
    if (speech_cue_ && last_speaker_ >= 0 && !last_speaker_asked_ && sentence_ > 0 &&
        last_speaker_sentence_ == sentence_ - 1 &&
        c_.a.segmentation.sentences[sentence_].paragraph ==
            c_.a.segmentation.sentences[sentence_ - 1].paragraph) {
      const int first = c_.a.sentence_tokens[sentence_].first;
      const bool after_quote = at - 2 > first && Quoted(first) &&
                               (c_.tok(at - 1).kind == TokenKind::kQuote ||
                                (c_.tok(at - 1).IsPunct(",") && c_.tok(at - 2).kind == TokenKind::kQuote));
      Entity& en = entities_[last_speaker_];
      if (after_quote && !NamedAsOtherGender(en, gender) &&
          (en.gender == gender || (en.gender == 0 && en.parts.size() >= 2))) {
        en.gender = gender;
        return last_speaker_;
      }
    }
    // "Responding to criticism from Colin Ferrant, he insisted": the opening
    // participle's subject is the pronoun's; a name inside that phrase is
    // someone else.
    // (Not "During his drive home, Marsh reflected on what he said": a
    // preposition, and a name after the opening phrase.)
    int sb = c_.a.sentence_tokens[c_.token_sentence[at]].first;
    if (sb + 1 < at && (c_.tok(sb).lower == "and" || c_.tok(sb).lower == "but")) ++sb;
    int opening_end = -1;
    if (sb < at && OpensWithParticiple(c_, sb, at) && !IsPreposition(c_.tok(sb))) {
      opening_end = MainClauseStart(c_, sb, at, /*pronoun_may_open=*/false);
    }
    // "the deal negotiated by President Halvorsen, who he noted was …": the
    // pronoun right after a relative pronoun is not the relative's own head
    // (the person named last before it), who is the gap in the clause.
    // (A name ends right before "who", a comma between: "the economy,
    // which she says" has a thing for its head, and "Ms Crane … the
    // system, which she claimed" keeps Ms Crane.)
    int head_at = -1;
    if (at - 2 >= sb && (c_.tok(at - 1).lower == "who" || c_.tok(at - 1).lower == "whom")) {
      int last = at - 2;
      if (c_.tok(last).IsPunct(",")) --last;
      if (last >= sb && c_.tok(last).capitalized && !c_.InQuote(last)) {
        for (int i : mentioned_) {
          const Entity& en = entities_[i];
          if (en.last_named == sentence_ && en.last_named_at <= last && en.last_named_at >= last - 4) {
            head_at = std::max(head_at, en.last_named_at);
          }
        }
      }
    }
    auto in_opening = [&](const Entity& en) {
      return en.last_named == sentence_ &&
             (en.last_named_at < opening_end || (head_at >= 0 && en.last_named_at == head_at));
    };
    // "the exit of developer Tom Ashby, who got tired of stalled
    // plans and what he claimed was dithering": a pronoun inside a relative
    // clause on a person named in this sentence stands for that person,
    // when no comma and no other name come between.
    {
      int who = -1;
      for (int k = at - 1; k - 1 > sb; --k) {
        const Token& u = c_.tok(k);
        if (c_.InQuote(k) || u.kind == TokenKind::kQuote || u.IsPunct(";") || u.IsPunct(":") ||
            u.IsPunct("(") || u.IsPunct(")") || u.IsPunct("—") || u.IsPunct("-")) {
          break;
        }
        if (u.IsPunct(",")) break;
        if (u.lower == "who" && c_.tok(k - 1).IsPunct(",")) {
          who = k;
          break;
        }
      }
      if (who >= 0 && who + 1 < at) {
        const int last = who - 2;
        int head = -1;
        bool other = false;
        for (int i : mentioned_) {
          const Entity& en = entities_[i];
          if (en.last_named != sentence_) continue;
          if (en.last_named_at > who && en.last_named_at < at) other = true;
          if (en.last_named_at <= last && en.last_named_at >= last - 4 && !c_.InQuote(en.last_named_at)) {
            head = i;
          }
        }
        if (head >= 0 && !other && (entities_[head].gender == 0 || entities_[head].gender == gender)) {
          entities_[head].gender = gender;
          return head;
        }
      }
    }
    // A person who opens the pronoun's own sentence as its subject comes
    // before the last speaker: "Rawlins, who has represented Vermont for two
    // decades, rallied voters against the economy that he says is rigged".
    // (Not when the pronoun speaks after the words it reports: in "Mr
    // Pardoe has failed, he claimed" or "Mr Pardoe's government was “bossy”,
    // he added" the name opens the report, and a speaker seldom names
    // himself in it.)
    // (But "Stanwick saw it differently: “…,” he said": a colon ends the
    // subject's own clause before the quote.)
    bool after_report =
        at - 1 > sb && (c_.tok(at - 1).IsPunct(",") || c_.tok(at - 1).kind == TokenKind::kQuote);
    for (int k = sb; k < at && after_report; ++k) after_report = !c_.tok(k).IsPunct(":");
    for (int i = static_cast<int>(mentioned_.size()) - 1; i >= 0 && !after_report; --i) {
      Entity& en = entities_[mentioned_[i]];
      if (en.last_named != sentence_ || en.last_named_at >= at || en.parts.empty()) continue;
      if (in_opening(en)) continue;
      const int main_start = opening_end >= 0 ? opening_end : sb;
      // The subject: the name opens the clause (its title with it), outside
      // any quote ("“Windows machines have been around,” he said" is not
      // about a person; "The Peter Quarmby attack, he says" names no subject).
      if (en.last_named_at != main_start || c_.InQuote(en.last_named_at)) continue;
      // (Known to be "he" or "she": a capitalised phrase of no known gender
      // opening a sentence is as often a product, show or bill. Unless a
      // "who" says it is a person: "Corwin Jowett, who served as counsel, …")
      if (en.gender == gender) return mentioned_[i];
      if (en.gender == 0) {
        int k = en.last_named_at;
        while (k < at &&
               (NameWord(c_, k, sb) || (k > sb && c_.tok(k).IsPunct(".") && IsInitial(c_.tok(k - 1))))) {
          ++k;
        }
        if (k + 1 < at && c_.tok(k).IsPunct(",") && c_.tok(k + 1).lower == "who") {
          en.gender = gender;
          return mentioned_[i];
        }
        // (Or a verb after the name, and the pronoun opening a clause
        // joined to the name's by "but" or "and", no one named between:
        // "Ardley has taken a conflicted stance, but she has said …".)
        if (k < at && (IsFiniteAuxiliary(c_.tok(k)) || LooksFinite(c_.tok(k))) && at - 1 > k &&
            (c_.tok(at - 1).lower == "but" || c_.tok(at - 1).lower == "and") && c_.tok(at - 2).IsPunct(",")) {
          bool between = false, quoted = false;
          for (int j : mentioned_) {
            const Entity& other = entities_[j];
            between |= other.last_named == sentence_ && other.last_named_at > k && other.last_named_at < at;
          }
          for (int j = k; j < at && !quoted; ++j)
            quoted = c_.InQuote(j) || c_.tok(j).kind == TokenKind::kQuote;
          if (!between && !quoted) {
            en.gender = gender;
            return mentioned_[i];
          }
        }
      }
    }
    // The person who opens the sentence before as its subject, of the
    // pronoun's known gender, when that sentence quotes no one: "Mel
    // Danforth expressed dismay at the choice. “…,” he told the Times" is
    // Danforth's, not the last speaker's.
    // (Only when the pronoun's own sentence names no one before it outside
    // quotes.)
    bool named_before = false;
    for (int i : mentioned_) {
      named_before |= entities_[i].last_named == sentence_ && entities_[i].last_named_at < at &&
                      !c_.InQuote(entities_[i].last_named_at);
    }
    // (Past sentences that open on the same pronoun, the same person's:
    // "Golf great Helen Marchbank remembered Keller as fun to be around.
    // She watched the final in 1984 …. “…,” she said.")
    int prev = sentence_ - 1;
    for (int back = 0; back < 2 && prev > 0; ++back) {
      const int qsb = c_.a.sentence_tokens[prev].first;
      const int qse = c_.a.sentence_tokens[prev].second;
      bool quoted = false;
      for (int k = qsb; k < qse && !quoted; ++k) quoted = Quoted(k);
      if (quoted) break;
      const int m = MainClauseStart(c_, qsb, qse, /*pronoun_may_open=*/true);
      if (m >= qse || c_.tok(m).lower != (gender == 2 ? "she" : "he")) break;
      --prev;
    }
    if (sentence_ > 0 && !named_before) {
      const int psb = c_.a.sentence_tokens[prev].first;
      const int pse = c_.a.sentence_tokens[prev].second;
      // (A quote in an opening clause is not the sentence's: "When Mr.
      // Dunleavy tried to defend calling the government ''strong'' …, Mr.
      // Carbery forcefully differed.")
      const int opening = MainClauseStart(c_, psb, pse, /*pronoun_may_open=*/false);
      bool quoted = false;
      for (int k = opening; k < pse && !quoted; ++k) quoted = Quoted(k);
      const int pmain = quoted ? -1 : opening;
      // (The name may follow its title, "Dunleavy spokesman Hope Whiteley
      // confirmed …. “…,” she said"; one of no known gender given a title
      // is a person, now known to be "she" or "he".)
      for (int i = static_cast<int>(mentioned_.size()) - 1; i >= 0 && !quoted; --i) {
        Entity& en = entities_[mentioned_[i]];
        if (en.last_named != prev || pmain < 0 || en.last_named_at < pmain) continue;
        // (Or given a role right before the name: "UKIP chairman Petra
        // Oldroyd urged …"; a role noun is no title the name keeps.)
        // (Or described by a lowercase word, "Golf great Helen
        // Marchbank remembered …"; or the subject of the sentence before one that
        // opens on the pronoun.)
        const Token* before = en.last_named_at - 1 >= pmain ? &c_.tok(en.last_named_at - 1) : nullptr;
        const bool role_before =
            before != nullptr && !c_.InQuote(en.last_named_at - 1) && WordToken(*before) &&
            !before->capitalized &&
            (IsSpeakerNoun(*before) || (!IsFunctionWord(*before) && !LooksFinite(*before)));
        const bool chained = prev < sentence_ - 1 && en.last_named_at == pmain;
        if (en.gender != gender &&
            !(en.gender == 0 && (!en.titles.empty() || role_before || chained) && en.parts.size() >= 2)) {
          continue;
        }
        // (Or one name after a possessive and a noun of kin opening the
        // clause, "His wife Moira, who also runs the farm, agreed",
        // "Hollis' sister Greta makes an appeal": that person, of the
        // noun's gender.)
        // ("Hollis' sister": the possessive's apostrophe a token of its own.)
        const int at_name = en.last_named_at;
        bool owner = at_name - 2 >= pmain && ((at_name - 2 == pmain && (IsPossessivePronoun(c_.tok(pmain)) ||
                                                                        IsPossessive(c_.tok(pmain).text))) ||
                                              (at_name - 3 == pmain && c_.IsPossessiveMark(at_name - 2)));
        // (Or a name and its apostrophe opening the sentence: "Hollis'
        // sister Greta …".)
        if (!owner && at_name - 2 > psb && c_.IsPossessiveMark(at_name - 2)) {
          owner = true;
          for (int k = psb; k < at_name - 2 && owner; ++k) owner = NameWord(c_, k, psb);
        }
        if (en.gender == gender && owner && !c_.InQuote(at_name - 1) && WordToken(c_.tok(at_name - 1)) &&
            GenderOfNoun(c_.lex, c_.tok(at_name - 1).lower) == gender) {
          return mentioned_[i];
        }
        bool title_only = en.last_named_at - pmain <= 4;
        for (int k = pmain; k < en.last_named_at && title_only; ++k) {
          const Token& u = c_.tok(k);
          // ("Mr. Carbery", "Sen. Ted Selwood": the abbreviation's period.)
          if (u.IsPunct(".") && k > pmain && IsTitleAbbreviation(c_.lex, c_.tok(k - 1))) continue;
          title_only = WordToken(u) && !c_.InQuote(k) && !IsAuxiliary(u) &&
                       VerbClassOf(u) == CueClass::kNone && !IsPronoun(u) &&
                       // (Or a lowercase word that describes: "Florida
                       // developer Mel Danforth", "Golf great Helen Marchbank".)
                       (u.capitalized || IsTitleWord(u) || IsSpeakerNoun(u) ||
                        (!IsFunctionWord(u) && !LooksFinite(u) && en.parts.size() >= 2));
        }
        if (!title_only) continue;
        if (en.parts.size() < 2 && en.titles.empty()) continue;
        en.gender = gender;
        return mentioned_[i];
      }
      // Or the person a "To" or "For" frame opens on, whose view the
      // sentence gives: "To Florida consultant Rick Tattersall, the party line
      // is silly. “…,” he said." (The name ends the frame, at its comma.)
      const Token& popen = c_.tok(psb);
      if (!quoted && pmain > psb + 2 && (popen.lower == "to" || popen.lower == "for") &&
          c_.tok(pmain - 1).IsPunct(",")) {
        for (int i = static_cast<int>(mentioned_.size()) - 1; i >= 0; --i) {
          Entity& en = entities_[mentioned_[i]];
          if (en.last_named != prev || en.last_named_at <= psb || en.last_named_at >= pmain - 1) continue;
          int k = en.last_named_at;
          while (k < pmain - 1 && NameWord(c_, k, psb)) ++k;
          // (A person: of the pronoun's gender, or described before the
          // name ("consultant Rick Tattersall"), or by a "who" after it; not a
          // place, "For example in West Ham, …".)
          const bool who = k + 1 < pse && c_.tok(k).IsPunct(",") && c_.tok(k + 1).lower == "who";
          if (k != pmain - 1 && !who) continue;
          bool described = false, plain = true;
          for (int j = psb + 1; j < en.last_named_at && plain; ++j) {
            const Token& u = c_.tok(j);
            plain = WordToken(u) && !c_.InQuote(j) && !IsPreposition(u) && !IsAuxiliary(u) &&
                    VerbClassOf(u) == CueClass::kNone && (u.capitalized || !IsFunctionWord(u));
            described |= !u.capitalized || IsTitleWord(u);
          }
          if (!plain) continue;
          if (en.gender != gender && !(en.gender == 0 && en.parts.size() >= 2 && (described || who)))
            continue;
          en.gender = gender;
          return mentioned_[i];
        }
      }
      // Or, when that sentence's main subject is no one of that gender, the
      // one person of it the sentence names as the subject of a clause of
      // its own ("But that was last spring, and since then Tom Keller has seen
      // his ratings slide. “…,” he declared"): a full name right before
      // its auxiliary.
      int only = -1, count = 0;
      for (int i = 0; i < static_cast<int>(mentioned_.size()) && !quoted; ++i) {
        const Entity& en = entities_[mentioned_[i]];
        if (en.last_named != prev || en.gender != gender) continue;
        ++count;
        if (en.parts.size() < 2) continue;
        int k = en.last_named_at;
        while (k < pse && NameWord(c_, k, psb)) ++k;
        // (Not a name in what the sentence reports or asks, "thought Renwick
        // had no shot", "whether Dunleavy will be", nor after a preposition,
        // "the reaction to Dunleavy has been".)
        const Token* before = en.last_named_at > psb ? &c_.tok(en.last_named_at - 1) : nullptr;
        const bool reported =
            before != nullptr &&
            (before->lower == "that" || before->lower == "whether" || before->lower == "if" ||
             VerbClassOf(*before) != CueClass::kNone || IsPreposition(*before));
        if (k > en.last_named_at && k < pse && IsFiniteAuxiliary(c_.tok(k)) && !c_.InQuote(k) && !reported) {
          only = mentioned_[i];
        }
      }
      if (count == 1 && only >= 0) return only;
    }
    for (int i = static_cast<int>(recent_.size()) - 1; i >= 0; --i) {
      Entity& en = entities_[recent_[i]];
      if (in_opening(en) || BodyName(en)) continue;
      if (ModifierMention(en)) continue;
      // Not a person named later in the pronoun's own clause: "“…,” he
      // told Drummond" is not Drummond speaking. (A name past a comma, a dash, a
      // relative or a quote may be the pronoun's: "Despite what he wrote,
      // Cross said", "he called him “the next Washington” – the father who
      // Yarrow idolizes".)
      if (en.last_named == sentence_ && en.last_named_at > at && SameClause(at, en.last_named_at)) continue;
      if (en.gender == 0 || en.gender == gender) {
        en.gender = gender;
        return recent_[i];
      }
    }
    // No subject of that gender: the person last named in any role ("…
    // were echoed by Christine Entwistle. “…,” she said.").
    // One known to be "she" (or "he") comes before a nearer name of no
    // known gender, which may be a firm's ("Marwood … a speech to Goldman
    // Sachs … she believed").
    for (int pass = 0; pass < 3; ++pass) {
      for (int i = static_cast<int>(mentioned_.size()) - 1; i >= 0; --i) {
        Entity& en = entities_[mentioned_[i]];
        // Not a name later in the pronoun's own sentence ("She told the
        // paper there would be no “resort-style” marinas").
        if (en.last_named == sentence_ && en.last_named_at > at) continue;
        if (in_opening(en) || BodyName(en) || ModifierMention(en)) continue;
        bool near = sentence_ - en.last_named <= 2;
        bool fits = pass == 0   ? en.gender == gender && near
                    : pass == 1 ? en.gender == 0 && near
                                : en.gender == gender;
        if (fits) {
          en.gender = gender;
          return mentioned_[i];
        }
      }
    }
    return -1;
  }

  // The person named as the subject of "is", "was" (or "'s") when the
  // relative `rel` ends that copula's complement ("Gerald Dunleavy is a
  // serial liar, racist and bully who …"): the name opens the sentence (or
  // follows a label's colon, "Editor's note: Gerald Dunleavy is …"), perhaps
  // with a verb phrase of its own before "and is", and the complement
  // holds only a description: words, commas and "and", no verb or clause
  // of its own. Else -1.
  int PredicateNominalSubject(int sb, int rel) {
    int cop = -1;
    for (int k = rel - 1; k > sb && k >= rel - 30; --k) {
      const Token& u = c_.tok(k);
      if (c_.InQuote(k)) return -1;
      if (u.lower == "is" || u.lower == "was" || u.lower == "'s" || u.lower == "’s") {
        cop = k;
        break;
      }
      const bool word = WordToken(u) && !IsPronoun(u) && !IsSubordinator(u) && !IsAuxiliary(u) &&
                        VerbClassOf(u) == CueClass::kNone && u.lower != "who" && u.lower != "which" &&
                        u.lower != "that";
      if (!word && !u.IsPunct(",")) return -1;
    }
    if (cop < 0) return -1;
    // The complement starts with an article or a determiner ("a", "the",
    // "one of"): a description, not "is expected", "was told".
    const Token& d = c_.tok(cop + 1);
    if (!(d.lower == "a" || d.lower == "an" || d.lower == "the" || d.lower == "one")) return -1;
    // ("Gerald Dunleavy regularly incites violence and is a …": the copula
    // joined by "and" to the subject's first verb.)
    int subject_end = cop;
    if (c_.tok(cop - 1).lower == "and") {
      int open = sb;
      for (int k = sb; k < sb + 6 && k < cop; ++k) {
        if (c_.tok(k).IsPunct(":")) open = k + 1;
      }
      subject_end = open;
      while (subject_end < cop && (NameWord(c_, subject_end, sb) || c_.tok(subject_end).IsPunct(".") ||
                                   IsTitleAbbreviation(c_.lex, c_.tok(subject_end)))) {
        ++subject_end;
      }
      if (subject_end == open || subject_end >= cop - 1) return -1;
      for (int k = subject_end; k < cop - 1; ++k) {
        const Token& u = c_.tok(k);
        if (c_.InQuote(k) || u.IsPunct(",") || u.IsPunct(";") || u.lower == "who" || u.lower == "which" ||
            u.lower == "that" || IsSubordinator(u)) {
          return -1;
        }
      }
    }
    int b = subject_end;
    while (b - 1 >= sb && (NameWord(c_, b - 1, sb) || c_.tok(b - 1).IsPunct(".") ||
                           IsTitleAbbreviation(c_.lex, c_.tok(b - 1)))) {
      --b;
    }
    if (b == subject_end) return -1;
    if (!(b == sb || c_.tok(b - 1).IsPunct(":"))) return -1;
    return EntityFor(b, subject_end, false);
  }

  std::string Resolve(const Np& phrase, int* ent) {
    *ent = -1;
    if (!phrase.valid()) return "";
    // "Two House committees on Monday": a day or a month is when, not who.
    Np np = phrase;
    // "Sen. Clara Vance (R-Fla.)", "the Small Printers Alliance (SPA)",
    // "Sen. Owen Tarrant (a Nevada Democrat so soft-spoken …)": a party
    // tag, an acronym or an aside in brackets closes the phrase; the name is
    // before it.
    // (Not "A spokesman for the Growers Union (GU)", a described person.)
    if (np.end - np.begin >= 3 && c_.tok(np.end - 1).IsPunct(")") && !IsDeterminer(c_.tok(np.begin)) &&
        !IsNounDeterminer(c_.tok(np.begin))) {
      int open = np.end - 2;
      while (open > np.begin && open > np.end - 30 && !c_.tok(open).IsPunct("(")) --open;
      if (open > np.begin && c_.tok(open).IsPunct("(")) np.end = open;
    }
    // "Advisers to Mr. Drummond", "an aide to the governor": the circle speaks,
    // not the person it serves; the phrase is its own name.
    for (int k = np.begin; k + 1 < np.end && k < np.begin + 3; ++k) {
      if (AdviserTo(c_, k) && c_.tok(k + 1).lower == "to") return c_.TokText(np.begin, np.end);
      // So do "people close to Ardley", "sources familiar with her
      // thinking": unnamed people, picked out by whom they know.
      const absl::string_view w = c_.tok(k).lower, n = c_.tok(k + 1).lower;
      if (k > np.begin && IsSpeakerNoun(c_.tok(k - 1)) &&
          (((c_.lex.InSet(WordSet::kCloseToAdjective, w)) && n == "to") ||
           (w == "familiar" && n == "with"))) {
        return c_.TokText(np.begin, np.end);
      }
    }
    // "one senior Democrat", "a top Republican": one unnamed person, not
    // the party named in the phrase.
    {
      const absl::string_view d = c_.tok(np.begin).lower;
      if ((d == "one" || d == "a" || d == "an" || d == "another") && np.end - np.begin >= 2) {
        int k = np.begin + 1;
        while (k < np.end && k < np.begin + 4 && !c_.tok(k).capitalized && WordToken(c_.tok(k)) &&
               !IsSpeakerNoun(c_.tok(k)) && !IsTitleWord(c_.tok(k))) {
          ++k;
        }
        // (Not "A spokesman for the ministry": the body it speaks for.)
        const bool party =
            k == np.end - 1 && c_.tok(k).capitalized && c_.lex.party_words.contains(c_.tok(k).text);
        if (party) return c_.TokText(np.begin, np.end);
      }
    }
    if (np.end - 2 > np.begin && (IsWeekday(c_.tok(np.end - 1)) || IsMonth(c_.tok(np.end - 1)))) {
      absl::string_view w = c_.tok(np.end - 2).lower;
      if (w == "on" || w == "in" || w == "last" || w == "this" || w == "next") np.end -= 2;
      // "A news report published Wednesday": the day goes with the verb.
      else if (!c_.tok(np.end - 2).capitalized && WordToken(c_.tok(np.end - 2)) &&
               (absl::EndsWith(w, "ed") || IsIrregularPast(c_.tok(np.end - 2)))) {
        np.end -= 2;
      }
    }
    np = WithoutAge(c_, np);
    // "Ann Lee, director of Acme Group, which makes tools, said": a phrase
    // that opens on "of" is the end of a description; the name the
    // description follows speaks.
    // (Not a phrase with its own determiner or quantifier: "a group of
    // rabbis", "many watchers of politics" are speakers of their own.)
    int of = -1;
    const Token& lead = c_.tok(np.begin);
    // (IsQuantityHead holds "many", "some", "most".)
    const bool own =
        IsDeterminer(lead) || IsNounDeterminer(lead) || IsQuantityHead(lead) || lead.lower == "one";
    for (int k = np.begin; !own && k < np.end && k < np.begin + 4; ++k) {
      if (c_.tok(k).lower == "of") {
        of = k;
        break;
      }
      if (c_.tok(k).capitalized || !WordToken(c_.tok(k))) break;
    }
    if (of >= 0 && np.begin > 0) {
      const int sb = c_.a.sentence_tokens[c_.token_sentence[np.begin]].first;
      int k = np.begin - 1;
      while (k > sb && k > np.begin - 8 && WordToken(c_.tok(k)) && !c_.tok(k).capitalized && !c_.InQuote(k))
        --k;
      if (k > sb && c_.tok(k).IsPunct(",") && NameWord(c_, k - 1, sb)) {
        int b = k - 1;
        while (b - 1 >= sb && NameWord(c_, b - 1, sb)) --b;
        return Resolve(Np{b, k}, ent);
      }
    }
    const Token& first = c_.tok(np.begin);
    std::string mention = Text(np.begin, np.end);
    // "Umbro announced … The firm said": a body's second reference is the
    // named body that spoke last, if it spoke within the last few sentences.
    const bool firm_role = np.end - np.begin == 2 && first.lower == "the" &&
                           c_.lex.InSet(WordSet::kFirmNoun, c_.tok(np.begin + 1).lower);
    if (firm_role && !last_firm_.empty() && c_.token_sentence[np.begin] - last_body_sentence_ <= 3) {
      return last_firm_;
    }
    // ("… a drop in the shipping giant Harwell Lines. The company reported …": with
    // no body speaking before, the name of no person's, not a place, named
    // in this sentence or the one before. A firm's role only: not "the
    // newspaper", "the agency", "the regulator", which are seldom the firm
    // the story names.)
    if (firm_role && c_.lex.InSet(WordSet::kFirmRoleNoun, c_.tok(np.begin + 1).lower)) {
      const int here = c_.token_sentence[np.begin];
      int best = -1;
      for (int i : mentioned_) {
        const Entity& en = entities_[i];
        if (en.last_named > here || here - en.last_named > 1 || en.last_named_at < 0) continue;
        if (en.last_named == here && en.last_named_at >= np.begin) continue;
        if (en.gender != 0 || !en.titles.empty() || en.parts.empty() || c_.lex.places.contains(en.full) ||
            c_.InQuote(en.last_named_at)) {
          continue;
        }
        // (A known first name before the last part is a person's: "Former
        // Scots Guardsman Allan Rushworth", whose rank the name kept.)
        bool first_name = false;
        for (size_t p = 0; p + 1 < en.parts.size() && !first_name; ++p) {
          first_name = c_.lex.first_name_gender.contains(en.parts[p]);
        }
        if (first_name) continue;
        // (The latest named: "AAN polled …, the group said" after a
        // candidate named in the sentence before.)
        if (best < 0 || en.last_named_at > entities_[best].last_named_at) best = i;
      }
      if (best >= 0) return entities_[best].full;
    }
    // "“…,” said the German", "the Spaniard added": a nationality for a
    // person is the second reference sports and foreign copy use for the
    // latest subject.
    // ("the 27-year-old Austrian", "the veteran Spaniard": lower-case
    // modifiers, numbers and hyphens before it too.)
    const int the = np.begin;
    bool lowercase_modifiers = np.end - the >= 2;
    for (int i = the + 1; i + 1 < np.end && lowercase_modifiers; ++i) {
      const Token& u = c_.tok(i);
      lowercase_modifiers =
          (WordToken(u) && !u.capitalized) || u.kind == TokenKind::kNumber || u.IsPunct("-");
    }
    if (lowercase_modifiers && np.end - the <= 6 && c_.tok(the).lower == "the" &&
        Demonym(c_.tok(np.end - 1))) {
      int described = Described(the, np.end, /*by_recency=*/true);
      if (described >= 0) {
        *ent = described;
        return entities_[described].full;
      }
      return mention;
    }
    // "Mr Pellow's son Derek, 52, said …. “…,” his son said": a
    // possessive pronoun and a relation the story gave earlier with a name
    // after it ("X's son Derek", "the senator's wife, Jane Hill") is that
    // person.
    if (np.end - np.begin == 2 && (first.lower == "his" || first.lower == "her" || first.lower == "their") &&
        WordToken(c_.tok(np.begin + 1)) && !c_.tok(np.begin + 1).capitalized) {
      const absl::string_view relation = c_.tok(np.begin + 1).lower;
      const bool kin = c_.lex.InSet(WordSet::kRelation, relation);
      for (int k = np.begin - 1; kin && k >= 1 && k >= np.begin - 400; --k) {
        if (c_.tok(k).lower != relation || c_.InQuote(k) || !IsPossessive(c_.tok(k - 1).text)) continue;
        int b = k + 1;
        if (b < np.begin && c_.tok(b).IsPunct(",")) ++b;
        int e = b;
        while (e < np.begin && e < b + 4 && !c_.InQuote(e) && NameWord(c_, e, b)) ++e;
        if (e > b) {
          const int found = EntityFor(b, e, /*register_new=*/true, /*single_ok=*/true);
          if (found >= 0) {
            *ent = found;
            return entities_[found].full;
          }
        }
        break;
      }
    }
    // "her comment that …": the possessive stands for a person as "she" does.
    if (np.end - np.begin == 1 && (first.lower == "her" || first.lower == "his")) {
      *ent = Antecedent(first.lower == "her" ? 2 : 1, np.begin);
      return *ent >= 0 ? entities_[*ent].full : mention;
    }
    if (np.end - np.begin == 1 && IsPronoun(first)) {
      auto kind = PronounOf(first);
      // "As for Dunleavy, he said …": the pronoun takes up the topic just set.
      const int sb = c_.a.sentence_tokens[c_.token_sentence[np.begin]].first;
      if (kind == PronounKind::kPerson && np.begin - sb >= 4 && c_.tok(np.begin - 1).IsPunct(",") &&
          c_.tok(sb).lower == "as" && (c_.tok(sb + 1).lower == "for" || c_.tok(sb + 1).lower == "to")) {
        bool name = true;
        for (int i = sb + 2; i < np.begin - 1 && name; ++i) {
          name = NameWord(c_, i, sb) || IsTitleAbbreviation(c_.lex, c_.tok(i)) ||
                 (c_.tok(i).IsPunct(".") && IsTitleAbbreviation(c_.lex, c_.tok(i - 1)));
        }
        int found = name ? EntityFor(sb + 2, np.begin - 1, true, /*single_ok=*/true) : -1;
        if (found >= 0) {
          *ent = found;
          return entities_[found].full;
        }
      }
      if (kind == PronounKind::kPerson) {
        *ent = Antecedent(first.lower == "she" || first.lower == "her" ? 2 : 1, np.begin);
        if (*ent >= 0) return entities_[*ent].full;
      }
      // "Deutsche Boerse said … “…,” it said": the body that spoke last,
      // if it spoke within the last few sentences.
      // (A firm known only from a possessive opening a sentence is an
      // "it", not a "they": "Kittredge's campaign …. They …".)
      // "The Harbour Works Corporation could face a fine. Last week, it
      // denied …": an "it" that speaks takes up the firm or body named as
      // the subject of the sentence before, in its paragraph (before a body
      // that spoke some sentences back, "…, the Beijing News said").
      if (kind == PronounKind::kThing && first.lower == "it") {
        const int s = c_.token_sentence[np.begin];
        const auto& sents = c_.a.segmentation.sentences;
        if (s > 0 && sents[s - 1].paragraph == sents[s].paragraph) {
          const int psb = c_.a.sentence_tokens[s - 1].first, pse = c_.a.sentence_tokens[s - 1].second;
          const Np subject =
              SentenceSubject(c_, MainClauseStart(c_, psb, pse, /*pronoun_may_open=*/false), pse);
          bool plain = subject.valid() && !c_.InQuote(subject.begin);
          for (int k = subject.valid() ? subject.begin : 0; plain && k < subject.end; ++k) {
            plain = WordToken(c_.tok(k)) && !IsPreposition(c_.tok(k)) &&
                    (c_.tok(k).capitalized || (k == subject.begin && c_.tok(k).lower == "the"));
          }
          if (plain && IsOrgOrPlace(subject.begin, subject.end)) {
            int b = subject.begin;
            if (c_.tok(b).lower == "the" && b + 1 < subject.end) ++b;
            const std::string name = c_.TokText(b, subject.end);
            last_body_ = name;
            last_body_sentence_ = s;
            return name;
          }
        }
      }
      if ((kind == PronounKind::kThing || (kind == PronounKind::kGroup && !last_body_possessive_)) &&
          !last_body_.empty() && c_.token_sentence[np.begin] - last_body_sentence_ <= 4) {
        return last_body_;
      }
      return mention;
    }
    // "Mike Haddow, who declared …": the name before the comma; "Home
    // Secretary Charles Fairley who said …", "officers who fear …": the
    // phrase right before the relative.
    // "Birtles—who had endorsed …", "David Scollard (who endorses …)": the
    // name before the dash or bracket, as before a comma.
    const bool set_off =
        np.begin >= 2 && (c_.tok(np.begin - 1).IsPunct(",") || c_.tok(np.begin - 1).IsPunct("—") ||
                          c_.tok(np.begin - 1).IsPunct("–") || c_.tok(np.begin - 1).IsPunct("("));
    if (np.end - np.begin == 1 && (first.lower == "who" || first.lower == "which" || first.lower == "that") &&
        np.begin >= 2 && (set_off || c_.tok(np.begin - 1).kind == TokenKind::kWord)) {
      int e = set_off ? np.begin - 1 : np.begin, b = e;
      int sb = c_.a.sentence_tokens[c_.token_sentence[np.begin]].first;
      // "Dale Ferris is a serial fibber, … and bully who has pledged …": the
      // relative picks out what the subject is said to be; who speaks is
      // the subject, a name the sentence opens with.
      if (first.lower == "who") {
        int found = PredicateNominalSubject(sb, np.begin);
        if (found >= 0) {
          *ent = found;
          return entities_[found].full;
        }
      }
      // "the Regional Ferry Operators Association (RFOA), which": the
      // name before its abbreviation in brackets.
      if (e - 3 >= sb && c_.tok(e - 1).IsPunct(")") && c_.tok(e - 3).IsPunct("(") &&
          c_.tok(e - 2).capitalized) {
        e -= 3;
        b = e;
      }
      while (b - 1 >= sb && NameWord(c_, b - 1, sb)) --b;
      // "Senator Judith Lanyon of Vermont, who": the person from the place.
      if (b - 2 >= sb && c_.tok(b - 1).lower == "of" && NameWord(c_, b - 2, sb) && IsOrgOrPlace(b, e)) {
        b -= 2;
        while (b - 1 >= sb &&
               (NameWord(c_, b - 1, sb) || IsTitleAbbreviation(c_.lex, c_.tok(b - 1)) ||
                (c_.tok(b - 1).IsPunct(".") && b - 2 >= sb && IsTitleAbbreviation(c_.lex, c_.tok(b - 2))))) {
          --b;
        }
      }
      // "said Rafael Ibarra, the executive director of the Harbour
      // Coalition for Fair Rents, who also said …", "said
      // Gideon Marsh, a media adviser and an influential Midwestern
      // Republican who said …": a name inside a description (the object of
      // a preposition, or capitalised words after "an influential") is not
      // who the relative stands for; the person the description follows is.
      // ("a dentist from Ferrisport, New Jersey, who said": a place
      // and its region after a preposition.)
      if (b < e && b - 2 > sb && c_.tok(b - 1).IsPunct(",") && NameWord(c_, b - 2, sb) &&
          !c_.InQuote(b - 2)) {
        int r = b - 2;
        while (r - 1 > sb && NameWord(c_, r - 1, sb)) --r;
        if (IsPreposition(c_.tok(r - 1))) b = r;
      }
      if (b < e && b - 1 >= sb && !c_.InQuote(b - 1) &&
          (IsPreposition(c_.tok(b - 1)) || (WordToken(c_.tok(b - 1)) && !c_.tok(b - 1).capitalized))) {
        int p = b - 1;
        while (p > sb && p > b - 20 && !c_.tok(p).IsPunct(",") && !c_.InQuote(p) &&
               VerbClassOf(c_.tok(p)) == CueClass::kNone && !IsAuxiliary(c_.tok(p))) {
          --p;
        }
        if (p > sb && p < b - 1 && c_.tok(p).IsPunct(",") && NameWord(c_, p - 1, sb)) {
          const Token& d = c_.tok(p + 1);
          // (Not a second name joined on: "Ravensby, or Portuguese outfit Estrela
          // Norte, who also expressed an interest".)
          const bool description = (IsDeterminer(d) || (!d.capitalized && WordToken(d)) || IsTitleWord(d)) &&
                                   d.lower != "or" && d.lower != "and" && d.lower != "but" &&
                                   d.lower != "nor";
          Np head = NpEndingAt(c_, p - 1, sb, 0);
          if (description && head.valid() && !IsDescription(c_, head)) {
            int hb = head.begin;
            while (hb < head.end && !c_.tok(hb).capitalized) ++hb;
            if (hb < head.end) {
              antecedent_ = {hb, head.end};
              int found = EntityFor(hb, head.end, false);
              if (found >= 0) {
                *ent = found;
                return entities_[found].full;
              }
              return Text(hb, head.end);
            }
          }
        }
      }
      if (b < e) {
        antecedent_ = {b, e};
        int found = EntityFor(b, e, false);
        if (found >= 0) {
          *ent = found;
          return entities_[found].full;
        }
        return Text(b, e);
      }
      // "said R. Lyle Gledhill, the border protection commissioner, who
      // conceded …": a description set off after a name; the relative
      // stands for the name, as the description does.
      if (set_off && first.lower == "who" && e - 1 >= sb && !c_.tok(e - 1).capitalized &&
          WordToken(c_.tok(e - 1))) {
        int comma = e - 1;
        while (comma > sb && comma > e - 12 && WordToken(c_.tok(comma)) && !c_.InQuote(comma)) --comma;
        const int d = comma + 1;
        const absl::string_view art = d < e ? c_.tok(d).lower : absl::string_view();
        if (c_.tok(comma).IsPunct(",") && comma - 1 >= sb && (art == "the" || art == "a" || art == "an") &&
            NameWord(c_, comma - 1, sb) && !c_.InQuote(comma - 1)) {
          // The name ends at the comma that opens the description.
          int nb = comma - 1;
          while (nb - 1 >= sb &&
                 (NameWord(c_, nb - 1, sb) || IsInitial(c_.tok(nb - 1)) ||
                  (c_.tok(nb - 1).IsPunct(".") && nb - 2 >= sb && IsInitial(c_.tok(nb - 2))))) {
            --nb;
          }
          antecedent_ = {nb, comma};
          int found = EntityFor(nb, comma, false);
          if (found >= 0) {
            *ent = found;
            return entities_[found].full;
          }
          return Text(nb, comma);
        }
      }
      // "The fund, which says …": the noun phrase before the comma.
      Np head = NpEndingAt(c_, e - 1, sb, 0);
      if (head.valid() && head.end == e) {
        // "rebuked critics who say", "met officers who said": the object of
        // a verb, not the verb; a phrase a word list cannot bound by itself.
        // ("would help farmers who": a verb after an auxiliary.)
        for (int k = head.end - 2; k >= head.begin; --k) {
          const Token& u = c_.tok(k);
          const bool after_aux = k - 1 >= sb && IsAuxiliary(c_.tok(k - 1)) && !IsAdverb(c_.tok(k - 1)) &&
                                 WordToken(u) && !IsDeterminer(u);
          if (!u.capitalized && (absl::EndsWith(u.lower, "ed") || absl::EndsWith(u.lower, "ing") ||
                                 HasFlag(u, kFlagIrregularPast) || after_aux)) {
            head.begin = k + 1;
            break;
          }
        }
        // "Its backers include farmers who say": a phrase that runs back to
        // the sentence's start holds its verb; the noun alone is meant. (A
        // short phrase after a determiner is one: "the dairy farmers who".)
        if (head.begin == sb && !c_.tok(head.end - 1).capitalized &&
            head.end - head.begin > (IsDeterminer(c_.tok(head.begin)) ? 3 : 2)) {
          head.begin = head.end - 1;
        }
        antecedent_ = head;
        return Resolve(head, ent);
      }
      int d = e - 1;
      while (d > sb && d > e - 5 && WordToken(c_.tok(d)) && !IsDeterminer(c_.tok(d)) &&
             !IsFunctionWord(c_.tok(d))) {
        --d;
      }
      if (d < e - 1 && IsDeterminer(c_.tok(d))) {
        antecedent_ = {d, e};
        return Text(d, e);
      }
      // "include large retailers who say …": a plural noun before the
      // relative, whatever stands before it.
      const Token& noun = c_.tok(e - 1);
      // (Or a noun for people without an "s": "dozens of women who claim".)
      if (WordToken(noun) && !noun.capitalized &&
          (absl::EndsWith(noun.lower, "s") ||
           (IsSpeakerNoun(noun) && !c_.lex.body_nouns.contains(noun.lower))) &&
          !IsFunctionWord(noun) && !IsPronoun(noun) && !IsAdverb(noun) && !IsAuxiliary(noun)) {
        antecedent_ = {e - 1, e};
        return Text(e - 1, e);
      }
    }
    // (A person's circle is not the person: "friends of Ms. Ruiz".)
    if (CircleOfPerson(np)) {
      int e = np.end;
      for (int i = np.begin + 1; i < np.end; ++i) {
        if (c_.tok(i).lower == "who" || c_.tok(i).lower == "that") {
          e = i;
          break;
        }
      }
      return Text(np.begin, e);
    }
    // A name: the last run of capitalised words in the phrase ("A memo
    // from the Weavers Guild obtained by The Dunmarsh Courier": not past
    // a participle and its "by").
    int e = np.end;
    // "Nikos Varelas and Eleni Dravou": each name resolved, both named.
    for (int k = np.begin + 1; k + 1 < np.end; ++k) {
      if (c_.tok(k).lower != "and") continue;
      if (!c_.tok(np.begin).capitalized || !c_.tok(k - 1).capitalized || !c_.tok(k + 1).capitalized ||
          IsSpeakerNoun(c_.tok(k - 1)) || IsSpeakerNoun(c_.tok(np.end - 1))) {
        break;
      }
      int ignored;
      std::string first_name = Resolve(Np{np.begin, k}, &ignored);
      std::string second = Resolve(Np{k + 1, np.end}, &ignored);
      return absl::StrCat(first_name, " and ", second);
    }
    for (int i = np.begin + 1; i + 1 < np.end; ++i) {
      const Token& u = c_.tok(i);
      if (c_.tok(i + 1).lower == "by" && (c_.lex.InSet(WordSet::kObtainingParticiple, u.lower))) {
        e = i;
        break;
      }
      // "regulars of the back bar of the club that is Pryor House": a name in the
      // relative clause that picks the speaker out is not the speaker.
      if ((u.lower == "who" || u.lower == "that" || u.lower == "which") && !u.capitalized) {
        e = i;
        break;
      }
    }
    if (e < np.end) {
      bool named = false;
      for (int i = np.begin; i < e && !named; ++i) named = c_.tok(i).capitalized && i > np.begin;
      named |= NameWord(c_, np.begin, np.begin) && !IsFunctionWord(first) && !IsDeterminer(first);
      // No name before the clause: the description as written.
      if (!named) return Text(np.begin, np.end);
    }
    // "The MP for Ealing North", "the senator from Ohio", "the Governor of
    // Texas": one person described by a role and the place or body it is
    // for. The name after the preposition is not who speaks: someone given
    // that role; failing that, after "for" or "from" (a seat, a state), the
    // latest subject, as for "the Texas senator"; else the description.
    if (first.lower == "the" && c_.tok(e - 1).capitalized) {
      int k = np.begin + 2;
      while (k < e && c_.tok(k).lower != "for" && c_.tok(k).lower != "from" && c_.tok(k).lower != "of") ++k;
      bool role = k + 1 < e;
      for (int i = k + 1; i < e && role; ++i) {
        const Token& u = c_.tok(i);
        role = u.capitalized || IsNameJoiner(u) || u.lower == "the";
      }
      if (role) {
        const Token& head = c_.tok(k - 1);
        role = (IsTitleWord(head) || IsSpeakerNoun(head)) && !c_.lex.body_nouns.contains(head.lower) &&
               !(absl::EndsWith(head.lower, "s") && !absl::EndsWith(head.lower, "ss"));
      }
      if (role) {
        int described = Described(np.begin, k, /*by_recency=*/c_.tok(k).lower != "of");
        if (described >= 0) {
          *ent = described;
          return entities_[described].full;
        }
        return mention;
      }
    }
    // ("the Utah Republican": a description, below, not a name.)
    // (The subject of a verb of speech or belief, not of a stance: not a
    // party's word cut from its noun, "the Tory plans".)
    const bool party_description = speech_cue_ && PartyMemberAt(np.begin, e);
    // ("The MEP said": an article and a title in capitals is a bare title,
    // a description below, not a name.)
    const bool capital_title =
        e - np.begin == 2 && c_.tok(np.begin).lower == "the" && IsTitleWord(c_.tok(e - 1));
    if (c_.tok(e - 1).capitalized && !party_description && !capital_title) {
      int b = e - 1;
      while (b - 1 >= np.begin &&
             (c_.tok(b - 1).capitalized || c_.tok(b - 1).IsPunct(".") || IsNameJoiner(c_.tok(b - 1)) ||
              IsTitleWord(c_.tok(b - 1)) || OrgJoinerAt(c_, b - 1, np.begin))) {
        --b;
      }
      // A name does not begin with its joiner ("75 percent of Democrats").
      while (b + 1 < e && IsNameJoiner(c_.tok(b)) && !c_.tok(b).capitalized) ++b;
      // "Surveys of phone use in Japan", "officials in Moscow": a place
      // where they are is not who speaks.
      if (b - 1 > np.begin &&
          (c_.tok(b - 1).lower == "in" || c_.tok(b - 1).lower == "at" || c_.tok(b - 1).lower == "across" ||
           c_.tok(b - 1).lower == "from") &&
          IsOrgOrPlace(b, e) && !IsOrgOrPlace(np.begin, b - 1)) {
        return mention;
      }
      // "Mr Hesketh from Retail Payments Analysis", "Ann Lee at Brightloom": a
      // person known by name before "from" or "at" speaks, not the firm.
      // So is "Jeffrey Loach of the Harwell Policy Center".
      const int pp = b - 1 > np.begin && c_.tok(b - 1).lower == "the" ? b - 2 : b - 1;
      if (pp > np.begin &&
          (c_.tok(pp).lower == "from" || c_.tok(pp).lower == "at" || c_.tok(pp).lower == "of") &&
          c_.tok(pp - 1).capitalized) {
        int pb = pp - 1;
        while (pb - 1 >= np.begin && (c_.tok(pb - 1).capitalized || c_.tok(pb - 1).IsPunct("."))) --pb;
        int person = EntityFor(pb, pp, false);
        if (person >= 0 && (entities_[person].parts.size() >= 2 || entities_[person].gender != 0 ||
                            !entities_[person].titles.empty())) {
          *ent = person;
          return entities_[person].full;
        }
      }
      // ("Officials from the house in Oakhollow", "his critics in the United
      // States": after a common noun, what follows "in" or "at" is where,
      // known place or not; "a party of councillors from Ravensby": what
      // follows "from" is where they come from.)
      const int at = b - 1 > np.begin && c_.tok(b - 1).lower == "the" ? b - 2 : b - 1;
      // (People "from" a body or place; a statement or figures "from" a body
      // are the body's: "figures from the Land Registry", where "figures" is
      // data far more often than people.)
      const bool where = at - 1 > np.begin && (c_.tok(at).lower == "in" || c_.tok(at).lower == "at");
      const bool origin = at - 1 >= np.begin && c_.tok(at).lower == "from" && IsSpeakerNoun(c_.tok(at - 1)) &&
                          !IsDocumentNoun(c_.lex, c_.tok(at - 1)) && c_.tok(at - 1).lower != "figures" &&
                          !c_.lex.body_nouns.contains(c_.tok(at - 1).lower);
      if ((where || origin) && WordToken(c_.tok(at - 1)) && !c_.tok(at - 1).capitalized &&
          !IsPossessive(c_.tok(at - 1).text)) {
        return mention;
      }
      // "A spokesman for Mr Varga", "a lawyer for the family": the one who
      // speaks for someone is not that someone.
      // ("Attorneys for Pryor" opening the sentence: capitalised there.)
      // ("A spokesman for the Harbour Summit": past the article.)
      const int f = b - 1 > np.begin && c_.tok(b - 1).lower == "the" ? b - 2 : b - 1;
      if (f - 1 >= np.begin && (c_.tok(f).lower == "for" || c_.tok(f).lower == "to") &&
          (!c_.tok(f - 1).capitalized || f - 1 == c_.a.sentence_tokens[sentence_].first) &&
          IsSpeakerNoun(c_.tok(f - 1)) && !c_.lex.body_nouns.contains(c_.tok(f - 1).lower)) {
        return mention;
      }
      int found = EntityFor(b, e, false);
      // "Northern Rural Party leader Colin Bramwell": the party is
      // no part of the name; from the role in lower case on.
      for (int k = e - 1; found < 0 && k > b; --k) {
        if (!c_.tok(k).capitalized && IsTitleWord(c_.tok(k))) {
          found = EntityFor(k, e, false);
          if (found < 0) b = k + 1;
          break;
        }
      }
      if (found >= 0) {
        *ent = found;
        return entities_[found].full;
      }
      int g = 0;
      int nb = b;
      StripTitles(&nb, e, &g);
      return nb < e ? Text(nb, e) : mention;
    }
    // A description: "the former army officer" names the latest subject when
    // it reads as a second reference; "the company's chief financial officer" does not.
    bool possessive = false, anaphoric = false;
    for (int i = np.begin; i < np.end; ++i) {
      possessive |= IsPossessive(c_.tok(i).text);
      anaphoric |= c_.tok(i).lower == "former" || absl::EndsWith(c_.tok(i).lower, "-year-old");
    }
    anaphoric |= IsAnaphoricHead(c_.tok(np.end - 1)) || IsPersonKind(c_.tok(np.end - 1));
    // "the Texas senator", "the British actor", "the billionaire
    // businessman": a person described with a modifier is the second
    // reference newswriting uses for the person it is about.
    const Token& last = c_.tok(np.end - 1);
    bool modified_person = np.end - np.begin >= 3 &&
                           (IsSpeakerNoun(last) || (second_reference_ && !IsDocumentNoun(c_.lex, last))) &&
                           !last.capitalized && !c_.lex.body_nouns.contains(last.lower) &&
                           !(absl::EndsWith(last.lower, "s") && !absl::EndsWith(last.lower, "ss"));
    anaphoric |= modified_person;
    // "the Republican said", "the Utah Republican asks": one of a party,
    // the second reference newswriting uses for the person it is about.
    const bool party_member = PartyMemberAt(np.begin, np.end);
    anaphoric |= party_member;
    // ("The MEP said …" right after a sentence about a person named in
    // full: a bare title is the second reference news copy gives the
    // person the sentence before is about; below.)
    const bool bare_title = np.end - np.begin == 2 && WordToken(last) && IsTitleWord(last);
    anaphoric |= bare_title;
    if (first.lower == "the" && anaphoric && !possessive) {
      // "the former army officer", "the 72-year-old": the latest subject. A
      // bare role ("the senator", "the spokesman") names someone given that
      // title; with none, the description stands as it is.
      bool by_recency = modified_person || party_member;
      // ("the prime minister", "the home secretary": a title of several
      // words is a bare role, not a person described by a modifier; it names
      // one given that title or stands as written, never the latest subject.)
      if (np.end - np.begin >= 3 &&
          c_.lex.titles.contains(absl::AsciiStrToLower(Text(np.begin + 1, np.end)))) {
        by_recency = false;
      }
      for (int i = np.begin; i < np.end; ++i) {
        by_recency |= c_.tok(i).lower == "former" || absl::EndsWith(c_.tok(i).lower, "-year-old");
      }
      // "the Coyne supporter", "the Ardley aide": someone known by
      // another person's name is someone else.
      for (int i = np.begin + 1; i < np.end && by_recency; ++i) {
        const Token& u = c_.tok(i);
        if (!u.capitalized || !WordToken(u)) continue;
        // (Only a person known as one, by a title or a "he" or "she": not
        // "Old Trafford" of "the Old Trafford boss".)
        absl::string_view w = PossessiveStem(u.text);
        int other = Find(w);
        if (other >= 0 && entities_[other].parts.size() >= 2 && entities_[other].parts.back() == w &&
            (entities_[other].gender != 0 || !entities_[other].titles.empty())) {
          by_recency = false;
        }
      }
      // One given that title ("the foreign secretary" for "Foreign
      // Secretary Jack Tamsett"); failing that, for a modified description,
      // the latest subject.
      int described = Described(np.begin, np.end, by_recency);
      // "the candidate", "the businessman": a kind of person, not an
      // office, that no one was given as a title is the person the story
      // is about, the one it has named most (not the latest subject: an
      // aide or a spokesman quoted in between).
      // "Ex-quiz show host Roger Penhallow has quit the party …. The MEP
      // said …": a bare title no one was given, opening the sentence right
      // after one whose subject is the only person it names, in full and
      // with no title of his own, is that person.
      // (Not a speaker for someone, "The spokesman said", who brings in
      // someone new.)
      const bool speaks_for = absl::StartsWith(last.lower, "spokes");
      if (described < 0 && bare_title && !speaks_for) {
        described = LeadSubject(np.begin, GenderOfNoun(c_.lex, last.lower));
      }
      if (described < 0 && np.end - np.begin == 2 && IsPersonKind(last)) {
        described = MostNamedPerson(GenderOfKind(last));
      }
      if (described >= 0) {
        // "the independent Vermont senator said" of Walter Rawlins: later,
        // "the senator" is him too.
        const Token& head = c_.tok(np.end - 1);
        if (!HasTitle(described, head.lower) && IsTitleWord(head) && !head.capitalized) {
          entities_[described].titles.emplace_back(head.lower);
        }
        *ent = described;
        return entities_[described].full;
      }
    }
    return mention;
  }

  // A word for a person's circle: "aides", "advisers", "insiders".
  bool CircleWord(const Token& t) const { return c_.lex.InSet(WordSet::kCircleNoun, t.lower); }

  // "Friends of Mr. Ardley's", "Supporters of Ms. Ruiz": a circle, then
  // whose it is; each of them speaks unnamed. (Not "Friends of the Earth",
  // a body.)
  bool CircleOfPerson(const Np& np) const {
    return np.valid() && np.begin + 2 < np.end && CircleWord(c_.tok(np.begin)) &&
           c_.tok(np.begin + 1).lower == "of" && WordToken(c_.tok(np.begin + 2)) &&
           c_.tok(np.begin + 2).capitalized && !IsFunctionWord(c_.tok(np.begin + 2));
  }

  // "some people in Dunleavy world", "many officials in Washington": a part
  // of a group nobody names; the name after the preposition says where
  // they are.
  bool PartOfGroupSomewhere(const Np& np) const {
    if (!np.valid()) return false;
    const Token& first = c_.tok(np.begin);
    if (!WordToken(first) || !IsQuantityHead(first) || first.lower == "all" || first.lower == "both")
      return false;
    for (int k = np.begin + 2; k + 1 < np.end; ++k) {
      if (!IsPreposition(c_.tok(k)) || c_.tok(k).lower == "of") continue;
      const Token& h = c_.tok(k - 1);
      return WordToken(h) && !h.capitalized && IsSpeakerNoun(h) &&
             (h.lower == "people" || (!c_.lex.body_nouns.contains(h.lower) && absl::EndsWith(h.lower, "s")));
    }
    return false;
  }

  // Whether a speaker phrase names someone rather than a kind of people (a
  // person's circle and a part of a group somewhere are not: the caller
  // asks CircleOfPerson and PartOfGroupSomewhere first): a
  // pronoun or relative standing for someone; a capitalised word before its
  // head that is not just the sentence's first word ("Icann officials",
  // "Florida election officials"); at the sentence's start, a known name,
  // place, organisation or acronym ("Ardley aides", "UKIP officials").
  // The head itself may be capitalised ("Tories", "Democrats"): a kind.
  bool Names(Np np, int sb) {
    if (!np.valid()) return false;
    const Token& first = c_.tok(np.begin);
    if (IsPronoun(first) || first.lower == "who" || first.lower == "which") return true;
    // "Supporters who have heard from the Drummond campaign say", "many Rawlins
    // supporters who came to Philadelphia say": a relative clause describes
    // the group; a name inside it is someone else's, not the speaker's.
    for (int i = np.begin + 1; i < np.end; ++i) {
      const absl::string_view w = c_.tok(i).lower;
      if ((w == "who" || w == "whom" || w == "whose") && !c_.InQuote(i)) {
        np.end = i;
        break;
      }
    }
    // "the reports", "these MPs", "her aides": a group the story has
    // identified, or one tied to a person.
    // (But "those around him", "those who know him": people nobody names.)
    const bool those_vague =
        first.lower == "those" && np.begin + 1 < np.end &&
        (c_.tok(np.begin + 1).lower == "around" || c_.tok(np.begin + 1).lower == "close" ||
         c_.tok(np.begin + 1).lower == "near" || c_.tok(np.begin + 1).lower == "who" ||
         c_.tok(np.begin + 1).lower == "familiar" || c_.tok(np.begin + 1).lower == "inside" ||
         c_.tok(np.begin + 1).lower == "present");
    if (those_vague) return false;
    // (But "his critics", "her detractors": the people someone has, which no
    // one names.)
    if (IsPossessivePronoun(first) && np.begin + 1 < np.end) {
      const absl::string_view head = c_.tok(np.begin + 1).lower;
      if (c_.lex.InSet(WordSet::kAdversaryNoun, head)) return false;
    }
    // Nor a person's circle, named only by whose it is: "her advisers",
    // "Ardley aides", "Mrs. Ardley's advisers", "Bexley's close friends and
    // allies", "White House aides". Each of them speaks unnamed. (Not "the
    // aides", a group the story has introduced.)
    // "Friends of the Earth": a capitalised name after "of the" names a body.
    for (int i = np.begin + 1; i + 2 < np.end; ++i) {
      if (c_.tok(i).lower == "of" && c_.tok(i + 1).lower == "the" && c_.tok(i + 2).capitalized &&
          WordToken(c_.tok(i + 2))) {
        return true;
      }
    }
    {
      const Token& head = c_.tok(np.end - 1);
      // (Not with the person joined: "Pryor and his supporters argue".)
      // ("She and her allies have vowed", "They and their supporters argue".)
      auto person = [&](const Token& p) {
        return WordToken(p) && !IsPossessive(p.text) && (p.capitalized || IsPronoun(p));
      };
      bool joined = np.begin - 2 >= sb && c_.tok(np.begin - 1).lower == "and" && person(c_.tok(np.begin - 2));
      for (int k = np.begin + 1; k + 1 < np.end && !joined; ++k) {
        joined = c_.tok(k).lower == "and" && person(c_.tok(k - 1));
      }
      // ("The senator's advisers", "the president's closest aides": the
      // possessor named the circle, the article is the possessor's.)
      bool possessor = false;
      for (int k = np.begin + 1; first.lower == "the" && k + 1 < np.end && k <= np.begin + 3 && !possessor;
           ++k) {
        possessor = IsPossessive(c_.tok(k).text) && WordToken(c_.tok(k));
      }
      if (CircleWord(head) && !joined &&
          ((first.lower != "the" && first.lower != "these" && first.lower != "those" &&
            first.lower != "this") ||
           possessor)) {
        return false;
      }
    }
    if (first.lower == "the" || first.lower == "this" || first.lower == "these" || first.lower == "those" ||
        IsPossessivePronoun(first)) {
      return true;
    }
    // "Rawlins' aides", "Ardley's allies": a possessive just before the phrase.
    if (np.begin - 1 >= sb) {
      const Token& before = c_.tok(np.begin - 1);
      if (IsPossessive(before.text) && before.capitalized) return true;
      if (before.kind == TokenKind::kQuote && !before.space_before && np.begin - 2 >= sb &&
          c_.tok(np.begin - 2).capitalized) {
        return true;
      }
    }
    // "The researchers conducted two studies … Researchers found that …": a
    // bare group the story has just introduced with "the" (in this or the
    // two sentences before) is that group.
    {
      const Token& head = c_.tok(np.end - 1);
      const int from = c_.a.sentence_tokens[std::max(0, sentence_ - 2)].first;
      // (Not a part of it: "some senior Tories", "many of the aides".)
      bool part = IsDeterminer(first) || IsQuantityHead(first);
      for (int k = std::max(sb, np.begin - 3); k < np.begin; ++k) part |= IsQuantityHead(c_.tok(k));
      if (np.end - np.begin <= 2 && WordToken(head) && absl::EndsWith(head.lower, "s") && !part) {
        // (Outside quotes; with its modifier when the phrase has one: "Aid
        // groups" needs "the aid groups", not "the humanitarian groups".)
        const bool modified = np.end - np.begin == 2;
        for (int k = from; k + 1 < np.begin; ++k) {
          const absl::string_view w = c_.tok(k).lower;
          if ((w != "the" && w != "these" && w != "those") || c_.InQuote(k)) continue;
          if ((!modified && c_.tok(k + 1).lower == head.lower) ||
              (k + 2 < np.begin && c_.tok(k + 2).lower == head.lower && WordToken(c_.tok(k + 1)) &&
               (!modified || c_.tok(k + 1).lower == first.lower))) {
            return true;
          }
        }
      }
    }
    // "Some Arizona officials", "many Rawlins supporters", "several GOP
    // leaders": a part of a group nobody names; the name before the head
    // says where or whose the group is, not who speaks.
    {
      const Token& head = c_.tok(np.end - 1);
      if (np.end - np.begin >= 3 && WordToken(first) && (IsQuantityHead(first) || first.lower == "other") &&
          first.lower != "all" && first.lower != "both" && WordToken(head) && !head.capitalized &&
          IsSpeakerNoun(head) && absl::EndsWith(head.lower, "s")) {
        return false;
      }
    }
    // "Chicago residents have accused", "Iowa voters say": people of a
    // place, no body; the place says where they live, not who speaks.
    {
      const Token& head = c_.tok(np.end - 1);
      if (np.end - np.begin >= 2 && c_.lex.InSet(WordSet::kPopulationNoun, head.lower) && !head.capitalized) {
        bool place = true;
        for (int i = np.begin; i + 1 < np.end && place; ++i) {
          place = WordToken(c_.tok(i)) && c_.tok(i).capitalized && !IsPossessive(c_.tok(i).text);
        }
        if (place && HasFlag(c_.tok(np.begin), kFlagMaybePlaceFirst) &&
            c_.lex.places.contains(c_.TokView(np.begin, np.end - 1))) {
          return false;
        }
      }
      // ("Iowa biofuels advocates say": a place, then a kind of people in
      // lower case, the head a plural noun for people that is no body; not
      // "Florida election officials", a state's own.)
      if (np.end - np.begin >= 3 && !head.capitalized && IsSpeakerNoun(head) &&
          absl::EndsWith(head.lower, "s") && !c_.lex.body_nouns.contains(head.lower) &&
          !c_.lex.InSet(WordSet::kAuthorityNoun, head.lower) &&
          HasFlag(c_.tok(np.begin), kFlagMaybePlaceFirst)) {
        int k = np.begin;
        while (k < np.end - 1 && WordToken(c_.tok(k)) && c_.tok(k).capitalized &&
               !IsPossessive(c_.tok(k).text))
          ++k;
        bool lower = k > np.begin;
        for (int i = k; i < np.end - 1 && lower; ++i) lower = WordToken(c_.tok(i)) && !c_.tok(i).capitalized;
        if (lower && k < np.end - 1 && c_.lex.places.contains(c_.TokView(np.begin, k))) return false;
      }
    }
    for (int i = np.begin; i + 1 < np.end; ++i) {
      const Token& t = c_.tok(i);
      if (!WordToken(t) || !t.capitalized || IsFunctionWord(t)) continue;
      if (c_.lex.kind_adjectives.contains(t.text)) continue;  // "some Democratic strategists"
      // "Mexican officials now say", "US manufacturers claim": a nation's
      // adjective before the head says whose officials, not which ones.
      if (i + 1 < np.end && (Demonym(t) || c_.lex.InSet(WordSet::kCountryAbbreviation, t.text)) &&
          !c_.tok(i + 1).capitalized) {
        continue;
      }
      if (i > sb && c_.tok(i - 1).kind != TokenKind::kQuote) return true;
      absl::string_view w = PossessiveStem(t.text);
      bool acronym = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char ch) {
                       return absl::ascii_isupper(ch) || ch == '.' || ch == '-';
                     });
      // A name known from elsewhere in the story, not from this phrase alone.
      int f = Find(w);
      bool known = f >= 0 && entities_[f].full != c_.TokView(np.begin, np.end);
      // ("Press reports suggest", "Media reports say": a word for the
      // news media in general, alone before the head, names no outlet.)
      // (Nor "Police officials said": a force every town has, no body named.)
      const bool media =
          np.end - np.begin == 2 && i == np.begin && (c_.lex.InSet(WordSet::kGenericMediaWord, w));
      if (media) continue;
      if (acronym || known || IsOrgOrPlace(i, i + 1)) return true;
    }
    return false;
  }

  // The sentence's subject, when it names a person, becomes the latest subject.
  void TouchSubject(int sb, int se) {
    if (TouchSubjectAt(sb, sb, se)) return;
    // "But Mr. Talbot painted a different picture": a conjunction first.
    const absl::string_view w0 = c_.tok(sb).lower;
    if (sb + 1 < se && (w0 == "but" || w0 == "and" || w0 == "yet" || w0 == "still" || w0 == "meanwhile")) {
      int at = sb + 1;
      if (c_.tok(at).IsPunct(",") && at + 1 < se) ++at;
      if (TouchSubjectAt(at, sb, se)) return;
    }
    int i = MainClauseStart(c_, sb, se, /*pronoun_may_open=*/true);
    if (i > sb && TouchSubjectAt(i, sb, se)) return;
    // "Speaking at a town hall in Quarrington, Vermont, Pryor went after
    // Hale": after an opening phrase, the first name that follows a comma.
    const Token& t = c_.tok(sb);
    bool opening_phrase = absl::EndsWith(t.lower, "ing") || absl::EndsWith(t.lower, "ed") ||
                          IsPreposition(t) || IsSubordinator(t);
    if (!opening_phrase) return;
    for (int k = sb + 1; k < se && k < sb + 25; ++k) {
      if (!c_.tok(k).IsPunct(",")) continue;
      if (k + 1 < se && TouchSubjectAt(k + 1, sb, se)) return;
    }
  }

  // The person the sentence before the one holding token `at` is about,
  // for a bare title opening this one: its subject, named in full with no
  // title, the only person named there, of `gender` unless it is 0; -1
  // for none.
  int LeadSubject(int at, int gender) const {
    const int s = c_.token_sentence[at];
    if (s == 0 || at != MainClauseStart(c_, c_.a.sentence_tokens[s].first, c_.a.sentence_tokens[s].second,
                                        /*pronoun_may_open=*/false)) {
      return -1;
    }
    const int pb = c_.a.sentence_tokens[s - 1].first, pe = c_.a.sentence_tokens[s - 1].second;
    const int main = MainClauseStart(c_, pb, pe, /*pronoun_may_open=*/false);
    int found = -1;
    for (int i : mentioned_) {
      const Entity& en = entities_[i];
      if (en.last_named != s - 1 || c_.InQuote(en.last_named_at)) continue;
      // (A body or a place named beside the person is no rival: "quit the
      // UK Independence Party".)
      bool body = BodyName(en) || c_.lex.places.contains(en.full);
      for (const std::string& part : en.parts)
        body |= c_.lex.organisation_words.contains(PossessiveStem(part));
      if (body) continue;
      if (found >= 0) return -1;  // two people named: no telling which
      found = i;
    }
    if (found < 0) return -1;
    const Entity& en = entities_[found];
    // (The subject, perhaps after its description: "Ex-quiz show host
    // Roger Penhallow has quit".)
    if (en.last_named_at < main || en.last_named_at > main + 4) return -1;
    for (int k = main; k < en.last_named_at; ++k) {
      const Token& u = c_.tok(k);
      if (!WordToken(u) || c_.InQuote(k) || IsPreposition(u) || IsAuxiliary(u)) return -1;
    }
    if (en.parts.size() < 2 || !en.titles.empty() || (gender != 0 && en.gender != 0 && en.gender != gender)) {
      return -1;
    }
    return found;
  }

  bool TouchSubjectAt(int i, int sb, int se) {
    if (i >= se) return false;
    const Token& t = c_.tok(i);
    // "Pryor's campaign manager, Neil Brackett, appeared …", "The
    // spokeswoman, Ana Ruiz, said …": a role, then the name set off by
    // commas; the named person is the subject.
    for (int k = i + 1; k < se && k <= i + 6; ++k) {
      const Token& u = c_.tok(k);
      if (c_.InQuote(k)) break;
      if (!u.IsPunct(",")) continue;
      const Token& role = c_.tok(k - 1);
      if (!WordToken(role) || role.capitalized || !(IsSpeakerNoun(role) || IsTitleWord(role))) break;
      int e = k + 1;
      while (e < se && NameWord(c_, e, sb) && !IsPossessive(c_.tok(e).text)) ++e;
      if (e - (k + 1) < 2 || e + 1 >= se || !c_.tok(e).IsPunct(",")) break;
      const Token& v = c_.tok(e + 1);
      if (!WordToken(v) || v.capitalized) break;
      int ent = EntityFor(k + 1, e, false);
      if (ent < 0) break;
      Touch(ent);
      return true;
    }
    // "The Oregon senator is sticking to …": a description that names a
    // title someone in the story was given.
    if (t.lower == "the") {
      for (int h = i + 1; h < se && h <= i + 4; ++h) {
        const Token& u = c_.tok(h);
        if (!WordToken(u) || IsPossessive(u.text)) break;
        if (u.capitalized) continue;
        if (!IsAnaphoricHead(u) && !IsTitleWord(u)) break;
        if (h + 1 < se && WordToken(c_.tok(h + 1)) && !c_.tok(h + 1).capitalized &&
            !IsAuxiliary(c_.tok(h + 1)) && VerbClassOf(c_.tok(h + 1)) == CueClass::kNone &&
            !absl::EndsWith(c_.tok(h + 1).lower, "ed") && !absl::EndsWith(c_.tok(h + 1).lower, "s")) {
          break;  // "the senator race": a compound, not the subject
        }
        int described = FindDescribed(mentioned_, i, h + 1);
        if (described >= 0) {
          Touch(described);
          return true;
        }
        break;
      }
      // "The candidate's glamorous wife Ilona Dunleavy brought …": a
      // description, then the name of the person it describes.
      for (int h = i + 1; h < se && h <= i + 5; ++h) {
        const Token& u = c_.tok(h);
        if (!WordToken(u) || c_.InQuote(h)) break;
        if (!u.capitalized) continue;
        if (IsPossessive(u.text)) continue;  // "the Ardley campaign's"
        const Token& before = c_.tok(h - 1);
        if (h - 1 == i || before.capitalized || !(IsSpeakerNoun(before) || IsTitleWord(before))) break;
        int e = h;
        while (e < se && NameWord(c_, e, sb) && !IsPossessive(c_.tok(e).text)) ++e;
        if (e - h < 2 || e >= se || IsPossessive(c_.tok(e).text)) break;
        const Token& v = c_.tok(e);
        if (!WordToken(v) || v.capitalized) break;
        int ent = EntityFor(h, e, false);
        if (ent < 0) break;
        Touch(ent);
        return true;
      }
      return false;
    }
    if (IsPronoun(t)) {
      auto kind = PronounOf(t);
      if (kind == PronounKind::kPerson) {
        int ent = Antecedent(t.lower == "she" ? 2 : 1, i);
        if (ent >= 0) Touch(ent);
        return true;
      }
      return false;
    }
    int e = i;
    while (e < se && (NameWord(c_, e, sb) ||
                      (e > i && c_.tok(e).IsPunct(".") && IsTitleAbbreviation(c_.lex, c_.tok(e - 1))) ||
                      IsTitleAbbreviation(c_.lex, c_.tok(e)) || IsTitleWord(c_.tok(e)))) {
      bool poss = IsPossessive(c_.tok(e).text);
      ++e;
      if (poss) return false;  // "Dunleavy’s scolding": not the subject
    }
    if (e > i) {
      int ent = EntityFor(i, e, false);
      if (ent >= 0) {
        Touch(ent);
        return true;
      }
    }
    // "Republican pollster Walt Ames studied …", "Campaign manager Robby
    // Uttley released …": a role in lower case (one or two words) between a
    // capitalised word and the name; the named person is the subject.
    {
      int r = e;
      while (r < se && r < e + 2 && WordToken(c_.tok(r)) && !c_.tok(r).capitalized && !c_.InQuote(r) &&
             (IsTitleWord(c_.tok(r)) || (IsSpeakerNoun(c_.tok(r)) && !HasFlag(c_.tok(r), kFlagBodyNoun) &&
                                         !absl::EndsWith(c_.tok(r).lower, "s")))) {
        ++r;
      }
      if (r > e) {
        int n = r;
        while (n < se && NameWord(c_, n, sb) && !IsPossessive(c_.tok(n).text)) ++n;
        if (n - r >= 2 && n < se && WordToken(c_.tok(n)) && !c_.tok(n).capitalized) {
          int ent = EntityFor(r, n, false);
          if (ent >= 0) {
            Touch(ent);
            return true;
          }
        }
      }
    }
    return false;
  }

  Context& c_;
  std::vector<Entity> entities_;
  absl::flat_hash_map<std::string, int> by_full_;  // full name -> entity
  std::vector<int> recent_;
  std::vector<int> named_here_;
  // Entities in the order they were last named, subject or not.
  std::vector<int> mentioned_;
  int sentence_ = 0;  // the sentence being resolved
  // The last body or group that spoke (not a person), and in which sentence.
  std::string last_body_;
  int last_body_sentence_ = -100;
  bool last_body_possessive_ = false;  // known from "Heineken's … fell", not from speaking
  // The last body that spoke, when it was named by a proper name ("Umbro"),
  // not described ("the committee", "Analysts").
  std::string last_firm_;
  // The speaker being resolved is a description right after a quote
  // (Cue::description_after_quote).
  bool second_reference_ = false;
  // The cue being resolved reports speech or belief, not a stance.
  bool speech_cue_ = false;
  bool continuing_ = false;  // the cue goes on with what was said ("added")
  int last_speaker_ = -1;    // the entity that spoke last, for "he added"
  int last_speaker_sentence_ = -100;
  bool last_speaker_asked_ = false;  // the last speaker put a question (the next answers it)
  // The phrase a relative pronoun speaker stands for, set by Resolve.
  Np antecedent_;
  // Scratch space reused across name runs (no allocation per name).
  std::vector<absl::string_view> parts_;
  std::string full_;
  std::vector<std::string> titles_;
};

}  // namespace

void ResolveSpeakers(Context& c) { Resolver(c).Run(); }

Attribution MakeAttribution(const Context& c, int k) {
  const Cue& cue = c.cues[k];
  Attribution a;
  if (cue.speaker.valid()) {
    a.has_speaker = true;
    a.speaker_span = c.TokSpan(cue.speaker.begin, cue.speaker.end);
    // "critics who say": the mention runs from the phrase the relative
    // stands for.
    if (static_cast<size_t>(k) < c.cue_speaker_antecedent.size() && c.cue_speaker_antecedent[k].valid() &&
        c.cue_speaker_antecedent[k].end == cue.speaker.begin) {
      a.speaker_span = c.TokSpan(c.cue_speaker_antecedent[k].begin, cue.speaker.end);
    }
    a.speaker = c.cue_speaker_name[k];
    a.speaker_named = static_cast<size_t>(k) < c.cue_speaker_named.size() && c.cue_speaker_named[k];
    a.named_after = static_cast<size_t>(k) < c.cue_named_after.size() && c.cue_named_after[k];
  }
  a.has_cue = true;
  a.cue_span = c.TokSpan(cue.begin, cue.end);
  a.cue = absl::AsciiStrToLower(c.TokText(cue.begin, cue.end));
  a.cue_class = cue.cls;
  return a;
}

}  // namespace extractors_internal
}  // namespace claimcheck
