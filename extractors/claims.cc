// Quote attribution and reported claims. A quote takes the nearest cue of its
// sentence (after the closing mark first: “…,” Dunleavy said), then "X: “…”",
// then the speaker of the quotes around it. A cue not spent on a quote
// reports the clause it governs: "X said (that) …", "…, officials said",
// "according to X, …", "it was announced that …".
#include <algorithm>
#include <optional>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "extractors/internal/context.h"
#include "extractors/internal/words.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

int EndToken(const Context& c, size_t end) {
  auto it = std::lower_bound(c.a.tokens.begin(), c.a.tokens.end(), end,
                             [](const Token& t, size_t o) { return t.span.start < o; });
  return static_cast<int>(it - c.a.tokens.begin());
}

bool OnlyPunctOrQuote(const Context& c, int b, int e) {
  for (int i = b; i < e; ++i) {
    if (c.tok(i).IsWordLike() && !c.InQuote(i)) return false;
  }
  return true;
}

// A clause of contrast opens in [from, to), outside quotes: "but",
// "while", "whereas" or a semicolon ("… - but Marsh claims …", "…, while
// a new group has said …").
bool ContrastBetween(const Context& c, int from, int to) {
  for (int k = from; k < to; ++k) {
    if (c.InQuote(k)) continue;
    const absl::string_view w = c.tok(k).lower;
    if (c.tok(k).IsPunct(";") || w == "but" || w == "while" || w == "whereas") return true;
  }
  return false;
}

// Last token index of the sentence's content, without final punctuation.
int ContentEnd(const Context& c, int sb, int se) {
  int e = se;
  while (e > sb && (c.tok(e - 1).kind == TokenKind::kPunct) && !c.InQuote(e - 1)) --e;
  return e;
}

// A bare time at k, said with no preposition but "on" ("on Monday",
// "last week", "this year", "Wednesday", "yesterday"): returns the index
// after it, or k when there is none. The callers decide what may follow.
int SkipBareTime(const Context& c, int k, int ce) {
  if (k + 1 < ce && c.tok(k).lower == "on" && IsWeekday(c.tok(k + 1))) return k + 2;
  if (k + 1 < ce) {
    const absl::string_view w = c.tok(k).lower;
    const absl::string_view n = c.tok(k + 1).lower;
    if ((w == "last" || w == "this" || w == "next") &&
        (IsWeekday(c.tok(k + 1)) || c.lex.InSet(WordSet::kRelativePeriodNoun, n))) {
      return k + 2;
    }
  }
  if (k < ce && (IsWeekday(c.tok(k)) || c.tok(k).lower == "yesterday" || c.tok(k).lower == "today" ||
                 c.tok(k).lower == "tonight")) {
    // ("Monday night", "yesterday morning": the part of the day too.)
    if (k + 1 < ce) {
      const absl::string_view n = c.tok(k + 1).lower;
      if (c.lex.InSet(WordSet::kPartOfDay, n)) return k + 2;
    }
    return k + 1;
  }
  return k;
}

// After a cue, a phrase may stand before the report: "said in a statement
// that …", "noted on Monday, …", "remarked in English: “…”". Returns where
// the report starts, or -1 when the phrase ends the clause.
int SkipPhrase(const Context& c, int after, int ce) {
  if (after >= ce || !IsPreposition(c.tok(after))) return after;
  for (int j = after + 1; j < ce && j < after + 10; ++j) {
    const Token& u = c.tok(j);
    // "said Sunday in Brackley Falls, Oregon, that …": a place and its region,
    // then "that".
    if (u.IsPunct(",")) {
      int k = j + 1;
      while (k < ce && k < j + 6 && !c.InQuote(k) &&
             (c.tok(k).IsPunct(",") || c.tok(k).IsPunct(".") ||
              (c.tok(k).kind == TokenKind::kWord && c.tok(k).capitalized))) {
        ++k;
      }
      if (k > j + 1 && k < ce && c.tok(k).lower == "that") return k + 1;
    }
    if (u.lower == "that" || u.IsPunct(":") || u.IsPunct(",")) return j + 1;
    if (j > after + 1 && u.IsWordLike()) {
      // "said on Friday she met …", "has said for months she’s the best …"
      absl::string_view w = u.lower;
      size_t apos = w.find("’");
      if (apos == absl::string_view::npos) apos = w.find('\'');
      if (apos != absl::string_view::npos) w = w.substr(0, apos);
      if (c.lex.pronouns.contains(w) && w != "it") return j;
    }
    if (u.kind == TokenKind::kQuote) return j;
    if (c.InQuote(j)) return j;
  }
  return -1;
}

// Whether a report's content is put forward as something the speaker says
// or thinks. Not when the verb is negated ("did not mention the loan",
// "hasn't said whether he will run": nothing is said), nor when the content
// is a question ("asked the governor whether …", "is considering whether
// to appeal", "wondered how …").
// Whether a finite verb opens a clause within eight tokens from f, before
// a relative, a subordinator or a comma: "ferry bookings drove the rise",
// "she had fallen short"; not "some of the rivalry between the two chefs" or
// "a penalty in stoppage time". A past in -ed counts after a noun, not after
// a determiner or a preposition ("a supposed seizure"). After a verb of
// showing, what is shown may be a name and its participle ("showed Okafor
// leading"), and "that" or a quote ends the search as well.
bool VerbAhead(const Context& c, int f, int e, bool showing) {
  for (int k = f; k < e && k < f + 8; ++k) {
    const Token& u = c.tok(k);
    if (u.lower == "which" || u.lower == "who" || IsSubordinator(u) || u.IsPunct(",")) return false;
    if (showing && (u.lower == "that" || c.InQuote(k))) return false;
    if ((IsFiniteAuxiliary(u) && !IsAdverb(u)) || IsIrregularPast(u)) return true;
    if (k == f || u.capitalized || u.kind != TokenKind::kWord || IsDeterminer(c.tok(k - 1)) ||
        IsPreposition(c.tok(k - 1))) {
      continue;
    }
    if (absl::EndsWith(u.lower, "ed") || (showing && absl::EndsWith(u.lower, "ing"))) return true;
  }
  return false;
}

// "him", "her", "them", "us", "me": a person as a verb's object.
bool IsObjectPronoun(const Lexicons& lex, const Token& t) {
  return lex.InSet(WordSet::kObjectPronoun, t.lower);
}

bool AssertsContent(const Context& c, const Cue& cue, int b, int e) {
  if (b >= e) return true;
  const Token& verb = c.tok(cue.begin);
  const Token& first = c.tok(b);
  const bool question_verb = absl::StartsWith(verb.lower, "ask") ||
                             absl::StartsWith(verb.lower, "consider") ||
                             absl::StartsWith(verb.lower, "inquir");
  if (first.lower == "whether" && (cue.cls == CueClass::kNeutral || question_verb)) return false;
  // "dismissed Tomas Brandt", "rejected Mr Okafor": a person as the object
  // is no proposition (not a name and more: "said Okafor had lied").
  {
    bool names_only = e - b <= 4;
    for (int k = b; k < e && names_only; ++k) {
      const Token& u = c.tok(k);
      names_only = (u.kind == TokenKind::kWord && u.capitalized && !IsFunctionWord(u) && !c.InQuote(k)) ||
                   (u.IsPunct(".") && k > b && IsTitleAbbreviation(c.lex, c.tok(k - 1)));
    }
    if (names_only && e > b) return false;
  }
  // "thinks often about the shooting", "had thought about the decision":
  // what a thought is about, no proposition (not "investors worry about
  // the deficit", a concern a group holds). "showed no signs of
  // relenting", "answered the question three times": behaviour, not a
  // report.
  {
    int f = b;
    while (f < e && IsAdverb(c.tok(f))) ++f;
    const absl::string_view w0 = f < e ? c.tok(f).lower : absl::string_view();
    if (absl::StartsWith(verb.lower, "th") && cue.cls == CueClass::kBelief && w0 == "about") return false;
    if (absl::StartsWith(verb.lower, "show")) {
      // "she showed her comic timing", "they showed their resolve": a
      // quality shown, not a proposition ("showed that …", "showed Okafor
      // leading" are; "a poll showed a slimmer lead" reports a result).
      const bool document =
          cue.speaker.valid() && c.lex.body_nouns.contains(c.tok(cue.speaker.end - 1).lower);
      if (f == cue.end && !document &&
          (w0 == "his" || w0 == "her" || w0 == "their" || w0 == "its" || w0 == "our" || w0 == "my" ||
           w0 == "your")) {
        return false;
      }
      int g = f;
      if (g < e && (c.lex.InSet(WordSet::kSignQuantifier, w0))) ++g;
      if (g < e && c.tok(g).lower == "immediate") ++g;
      if (g < e && (c.lex.InSet(WordSet::kSignNoun, c.tok(g).lower))) return false;
      // "The film showed some of the rivalry", "her early sketches show a
      // very different artist", "She showed a slide": a thing
      // shown, no proposition. (A clause is one, "figures show ferry bookings
      // drove the rise"; so is what polls, surveys and studies show, "a
      // poll showed a slimmer lead", their result.)
      const bool data =
          cue.speaker.valid() && c.lex.InSet(WordSet::kShownThing, c.tok(cue.speaker.end - 1).lower);
      // (Only what follows the verb: "…, the analysis shows" puts its
      // clause before it.)
      // ("showed Okafor leading": a name and its participle is a clause.)
      if (!data && w0 != "that" && b >= cue.end && !VerbAhead(c, f, e, /*showing=*/true)) return false;
    }
    // "conceding a penalty in stoppage time", "conceded the race": a
    // contest given up, no proposition ("conceded that …", "conceded she had
    // fallen short" are).
    if (absl::StartsWith(verb.lower, "conced") && w0 != "that" && b >= cue.end &&
        !VerbAhead(c, f, e, /*showing=*/false)) {
      return false;
    }
    // "noted her years as mayor running the port", "observed
    // voting in Tarnow province": a thing mentioned or watched, no proposition
    // ("noted that …", "noted her rival had lost", "noted the plan is
    // flawed" are). Only what opens with a possessive or a gerund and holds
    // no verb that carries a clause.
    // ("mentions his nephew in interviews", "the manifesto mentions its
    // support for …", "when she mentions the bypass": with an article too, for
    // a verb of mentioning.)
    const bool mentioning = absl::StartsWith(verb.lower, "mention");
    if (c.lex.InSet(WordSet::kMentionVerb, verb.lower) && b >= cue.end && f < e &&
        c.tok(f).kind == TokenKind::kWord &&
        (IsPossessivePronoun(c.tok(f)) || (absl::EndsWith(w0, "ing") && !IsDeterminer(c.tok(f))) ||
         (mentioning && IsDeterminer(c.tok(f))))) {
      bool clause = false;
      // (Up to a comma: ", saying “…”" is another clause.)
      for (int k = cue.end; k < e && !clause; ++k) {
        const Token& u = c.tok(k);
        if (k > f && (u.IsPunct(",") || u.IsPunct(";") || u.kind == TokenKind::kQuote)) break;
        clause = u.lower == "that" || c.InQuote(k) || (IsAuxiliary(u) && !IsAdverb(u)) || IsBe(u) ||
                 IsIrregularPast(u) ||
                 (k > f && u.kind == TokenKind::kWord && !u.capitalized && absl::EndsWith(u.lower, "ed") &&
                  !IsDeterminer(c.tok(k - 1)) && !IsPreposition(c.tok(k - 1)));
      }
      if (!clause) return false;
    }
    // "deny Varga the nomination", "denied him entry": withholding from
    // someone, no claim denied (a person, then what is withheld).
    if ((absl::StartsWith(verb.lower, "deny") || absl::StartsWith(verb.lower, "deni")) && b >= cue.end &&
        f < e) {
      int g = f;
      const Token& u = c.tok(g);
      if (IsObjectPronoun(c.lex, u)) {
        ++g;
      } else {
        while (g < e && g < f + 3 && c.tok(g).capitalized && c.tok(g).kind == TokenKind::kWord &&
               !IsFunctionWord(c.tok(g)))
          ++g;
        // ("denied Ruth Calder, Governor Okafor's nominee, a hearing":
        // the person's description set off between.)
        if (g > f && g < e && c.tok(g).IsPunct(",")) {
          for (int k = g + 1; k + 1 < e && k < g + 16; ++k) {
            if (c.InQuote(k) || IsFiniteAuxiliary(c.tok(k)) || c.tok(k).cue_class != 0) break;
            if (c.tok(k).IsPunct(",")) {
              if (k > g + 1) g = k + 1;
              break;
            }
          }
        }
      }
      if (g > f && g < e && !c.InQuote(g) &&
          (IsDeterminer(c.tok(g)) || c.lex.InSet(WordSet::kWithheldThing, c.tok(g).lower))) {
        return false;
      }
    }
    if (absl::StartsWith(verb.lower, "answer")) {
      for (int g = f; g < e && g < f + 4; ++g) {
        if (c.lex.InSet(WordSet::kQuestionNoun, c.tok(g).lower)) return false;
      }
    }
  }
  // "asked Varga, who is fourth, …", "asked if the governor believes …",
  // "is considering whether to …" (but "asked him to withdraw …" is a
  // request the speaker made, and "considers himself an outsider" a view).
  if (question_verb) {
    for (int i = b; i < e && i < b + 6; ++i) {
      const Token& u = c.tok(i);
      if (IsQuestionWord(u)) return false;
      if (u.lower == "to" || u.lower == "that" || u.lower == "about") break;
    }
  }
  // "tried to ask the front-runner a question": a question put, not a
  // report.
  if (absl::StartsWith(verb.lower, "ask")) {
    for (int i = b; i < e && i < b + 5; ++i) {
      const absl::string_view w = c.tok(i).lower;
      if (w == "that" || c.InQuote(i)) break;
      if (c.lex.InSet(WordSet::kQuestionNoun, w)) return false;
    }
  }
  const int sb = c.a.sentence_tokens[cue.sentence].first;
  // "On some measures one could say …": the generic "one", a way of
  // putting it, not a speaker.
  if (cue.speaker.valid() && c.tok(cue.speaker.end - 1).lower == "one" && cue.speaker.end < cue.begin &&
      IsAuxiliary(c.tok(cue.speaker.end))) {
    return false;
  }
  auto negator = [&](int p) {
    return p >= sb && (c.tok(p).lower == "not" || c.tok(p).lower == "never" ||
                       absl::EndsWith(c.tok(p).lower, "n't") || absl::EndsWith(c.tok(p).lower, "n’t"));
  };
  auto skip_adverbs = [&](int p) {
    while (p >= sb && IsAdverb(c.tok(p)) && c.tok(p).lower != "never" && c.tok(p).lower != "not") --p;
    return p;
  };
  int p = skip_adverbs(cue.begin - 1);
  // "trustees must state openly if …", "should disclose": a duty,
  // what someone has to say, not a report that they said it.
  if (p >= sb && (c.tok(p).lower == "must" || c.tok(p).lower == "should" || c.tok(p).lower == "shall")) {
    return false;
  }
  // "refused to deny the rumours", "was not going to disclose", "declined to
  // say whether": the report is not made. (Any verb: a refusal to deny is
  // no denial.)
  if (p - 1 >= sb && c.tok(p).lower == "to") {
    int v = skip_adverbs(p - 1);
    absl::string_view w = v >= sb ? c.tok(v).lower : absl::string_view();
    if (c.lex.InSet(WordSet::kRefusalVerb, w)) {
      return false;
    }
    if (c.lex.InSet(WordSet::kIntentWord, w)) {
      // "isn't going to", "was not going to", "was never going to".
      int q = skip_adverbs(v - 1);
      if (negator(q)) return false;
      if (q >= sb && IsBe(c.tok(q)) && negator(skip_adverbs(q - 1))) return false;
    }
  }
  // "did not dispute that the payments were made": a concession, no denial.
  if ((cue.cls == CueClass::kNeutral || cue.cls == CueClass::kDenial) && negator(p)) return false;
  return true;
}

}  // namespace

namespace {

// Whether the words from `b` to the speaker phrase at `speaker` only
// describe the speaker: none ("Rep. Dana Pruitt said"), or whose role
// ("Mr Varga's lawyer Anneli Roos said": a possessive name and a noun).
bool OpensWithSpeaker(const Context& c, int b, int speaker) {
  if (speaker == b) return true;
  if (speaker - b > 5) return false;
  bool possessive = false;
  for (int i = b; i < speaker; ++i) {
    const Token& u = c.tok(i);
    if (u.kind != TokenKind::kWord || c.InQuote(i) || VerbClassOf(u) != CueClass::kNone || IsAuxiliary(u)) {
      return false;
    }
    possessive |= IsPossessive(u.text);
  }
  return possessive && (IsSpeakerNoun(c.tok(speaker - 1)) || IsTitleWord(c.tok(speaker - 1)));
}

// Credits quote `q` to a cue of the kind a colon makes ("Zelensky: “…”"),
// spanning [begin, end) in `sentence` with `speaker` as written: the cue is
// added, named `name`, spent on the quote, and the quote's verb is neutral.
void CreditToColonCue(Context& c, Quote& q, int begin, int end, int sentence, Np speaker, std::string name,
                      bool named) {
  Cue cue;
  cue.begin = begin;
  cue.end = end;
  cue.sentence = sentence;
  cue.colon = true;
  cue.speaker = speaker;
  c.AddCue(cue);
  c.cue_speaker_name.push_back(std::move(name));
  c.cue_speaker_named.push_back(named);
  q.attribution = MakeAttribution(c, static_cast<int>(c.cues.size()) - 1);
  q.attribution.cue_class = CueClass::kNeutral;
  c.cues.back().used_by_quote = true;
}

// Initials joined by periods, the last one's period a token of its own:
// "U.S" of "Assistant U.S. Attorney", "D.C" of "Washington, D.C.".
bool IsDottedInitials(absl::string_view w) {
  return w.size() >= 3 && w.find('.') != absl::string_view::npos &&
         std::all_of(w.begin(), w.end(), [](char ch) { return absl::ascii_isupper(ch) || ch == '.'; });
}

// Credits quote q to cue k, whose report the quote then is (the cue makes no
// claim of its own).
void CreditToCue(Context& c, Quote& q, int k) {
  q.attribution = MakeAttribution(c, k);
  c.cues[k].used_by_quote = true;
}

// The names of the speakers a story's quotes may be credited to, indexed
// once, when the first quote needs them.
class SpeakerNames {
 public:
  explicit SpeakerNames(const Context& c) : c_(c) {}

  // A name: its last word capitalised, no title, party or kind of people
  // alone (not "Justice", "Tory", "TV").
  bool NamesSomeone(const Np& np) const {
    const Token& last = c_.tok(np.end - 1);
    return last.capitalized && last.kind == TokenKind::kWord && !IsPronoun(c_.tok(np.begin)) &&
           !IsFunctionWord(last) && !IsTitleWord(last) && !c_.lex.kind_adjectives.contains(last.text) &&
           !c_.InQuote(np.begin) &&
           (((np.end - np.begin >= 2 || last.text.size() > 3) &&
             std::any_of(last.text.begin(), last.text.end(),
                         [](char ch) { return ch >= 'a' && ch <= 'z'; })) ||
            // (Or a body's acronym: "KTV offers one viewpoint:", "RPA accuses …".)
            (last.text.size() >= 2 && last.text.size() <= 5 &&
             std::all_of(last.text.begin(), last.text.end(),
                         [](char ch) { return ch >= 'A' && ch <= 'Z'; })));
  }

  bool SpeaksElsewhere(const Np& np) {
    if (!speakers_indexed_) {
      speakers_indexed_ = true;
      for (size_t k = 0; k < c_.cues.size() && k < c_.cue_speaker_name.size(); ++k) {
        const std::string& n = c_.cue_speaker_name[k];
        if (n.empty() || !c_.cues[k].speaker.valid()) continue;
        const size_t sp = n.rfind(' ');
        speaker_last_words_.insert(sp == std::string::npos ? n : n.substr(sp + 1));
      }
    }
    return speaker_last_words_.contains(std::string(PossessiveStem(c_.tok(np.end - 1).text)));
  }

  // The name as another report of the story resolved it ("Mr Halloran" ->
  // "Peter Halloran"), else as written. (The speakers' names are indexed
  // once, when the first quote needs them, not searched per quote.)
  std::string Resolved(const Np& phrase) {
    // ("19-year-old Nadia Brill echoed:": an age before a name is no part of it.)
    const Np np = WithoutAge(c_, phrase);
    std::string name = c_.TokText(np.begin, np.end);
    if (!resolved_indexed_) {
      resolved_indexed_ = true;
      for (size_t k = 0; k < c_.cues.size() && k < c_.cue_speaker_name.size(); ++k) {
        const Np& other = c_.cues[k].speaker;
        if (other.valid() && !c_.cue_speaker_name[k].empty()) {
          resolved_by_mention_.try_emplace(c_.TokText(other.begin, other.end), c_.cue_speaker_name[k]);
        }
      }
    }
    if (auto it = resolved_by_mention_.find(name); it != resolved_by_mention_.end()) return it->second;
    // ("Mr Pardoe" for "Tony Pardoe": the one speaker whose name of two words
    // or more ends on the phrase's last word. The names are indexed as cues
    // come, the ones this loop adds included, not searched per quote.)
    for (; last_word_indexed_ < std::min(c_.cues.size(), c_.cue_speaker_name.size()); ++last_word_indexed_) {
      const std::string& n = c_.cue_speaker_name[last_word_indexed_];
      const size_t sp = n.rfind(' ');
      if (sp == std::string::npos || sp + 1 >= n.size()) continue;
      auto [it, added] = name_by_last_word_.try_emplace(n.substr(sp + 1), n);
      if (!added && it->second != n) it->second.clear();  // two people: no one
    }
    const auto it = name_by_last_word_.find(std::string(PossessiveStem(c_.tok(np.end - 1).text)));
    return it == name_by_last_word_.end() || it->second.empty() ? name : it->second;
  }

 private:
  const Context& c_;
  // Speaker mention as written -> the name it resolved to (the first cue's).
  absl::flat_hash_map<std::string, std::string> resolved_by_mention_;
  bool resolved_indexed_ = false;
  absl::flat_hash_set<std::string> speaker_last_words_;
  bool speakers_indexed_ = false;
  // Last word of a speaker's name -> that name, or "" when two share it.
  absl::flat_hash_map<std::string, std::string> name_by_last_word_;
  size_t last_word_indexed_ = 0;
};

}  // namespace

// Credits a quote to the nearest cue of its sentences that may introduce it
// (“…,” she said; He said: “…”; the speaker directly before or after), preferring
// the cue after the quote that frames the sentence and a report of speech over a
// view it relays; true when it credited the quote.
bool CreditNearestCue(Context& c, Quote& q, int open, int close, int s1, int s2,
                      const std::vector<int>& quoted_before) {
  int best = -1, best_dist = 1 << 30;
  // The nearest cue after the quote with only its speaker between, and the
  // nearest report of speech (not a belief or stance) before the quote.
  int post = -1, speech_pre = -1, speech_pre_dist = 1 << 30;
  std::vector<int> candidates;
  for (int s = s1; s <= s2; ++s) {
    candidates.insert(candidates.end(), c.cues_in[s].begin(), c.cues_in[s].end());
  }
  for (int k : candidates) {
    const Cue& cue = c.cues[k];
    if (cue.passive && !cue.speaker.valid()) continue;
    int dist;
    if (cue.begin > close) {
      // Only the speaker (and a comma) may stand between: “…,” Okafor
      // said; or the speaker with a description or an appositive: “…,”
      // the think-tank the Harbour Institute says; “…,” Lindqvist, 58,
      // told AFP; “…,” Dora Pike, vice president of sales, said.
      bool direct = true;
      bool has_speaker_between =
          cue.speaker.valid() && cue.speaker.begin > close && cue.speaker.end <= cue.begin;
      // “…,” Hal Brennan, who was chief whip under Governor Amis,
      // told …: a relative clause set off by commas after the speaker.
      int aside_end = -1;
      if (has_speaker_between && cue.speaker.end + 1 < cue.begin && c.tok(cue.speaker.end).IsPunct(",") &&
          (c.tok(cue.speaker.end + 1).lower == "who" || c.tok(cue.speaker.end + 1).lower == "which")) {
        for (int i = cue.speaker.end + 2; i < cue.begin; ++i) {
          const Token& u = c.tok(i);
          if (c.InQuote(i) || u.kind == TokenKind::kQuote || u.IsPunct(";") || u.IsPunct(":") ||
              u.IsPunct("?") || u.IsPunct("!")) {
            break;
          }
          if (u.IsPunct(",") && i + 1 == cue.begin) aside_end = i;
        }
      }
      for (int i = close + 1; i < cue.begin && direct; ++i) {
        const Token& u = c.tok(i);
        if (aside_end >= 0 && i > cue.speaker.end && i < aside_end) continue;
        bool in_speaker = cue.speaker.valid() && i >= cue.speaker.begin && i < cue.speaker.end;
        bool in_relay = cue.relay >= 0 && i >= cue.relay;  // “…,” Arab News quoted X as saying
        if (in_speaker || in_relay || u.IsPunct(",") || c.IsPossessiveMark(i)) continue;
        // "“…,” as the host Mel Carver said in April": "as" right after
        // the quote's comma, before the speaker of a verb of speech.
        if (u.lower == "as" && has_speaker_between &&
            (c.tok(i - 1).IsPunct(",") ||
             (i == close + 1 && close - 1 > open && c.tok(close - 1).IsPunct(","))) &&
            cue.speaker.begin > i && cue.speaker.begin <= i + 3 &&
            (cue.cls == CueClass::kNeutral || cue.cls == CueClass::kLoaded)) {
          continue;
        }
        // "“…,” the president will say", "“…,” Smith later said": an
        // auxiliary or adverb between the speaker and the verb.
        if (cue.speaker.valid() && i >= cue.speaker.end && (IsAuxiliary(u) || IsAdverb(u)) &&
            u.kind == TokenKind::kWord) {
          continue;
        }
        // A period ends the sentence unless it closes an abbreviation
        // before a comma ("Rep. Dana Pruitt, R-Ore., said"), a title or
        // an initial ("Carla J. Menzies, Mr. Okafor's deputy …, said").
        const Token* before_dot = i > close + 1 ? &c.tok(i - 1) : nullptr;
        bool abbrev_dot = u.IsPunct(".") &&
                          ((i + 1 < cue.begin && c.tok(i + 1).IsPunct(",")) ||
                           (before_dot != nullptr && before_dot->kind == TokenKind::kWord &&
                            ((before_dot->text.size() == 1 && before_dot->capitalized) ||
                             IsTitleAbbreviation(c.lex, *before_dot) || IsDottedInitials(before_dot->text))));
        direct = has_speaker_between && cue.begin - close < kQuoteToCueTokens && !c.InQuote(i) &&
                 u.kind != TokenKind::kQuote &&
                 !((u.IsPunct(".") && !abbrev_dot) || u.IsPunct("?") || u.IsPunct("!") || u.IsPunct(";") ||
                   u.IsPunct(":")) &&
                 VerbClassOf(u) == CueClass::kNone && !(IsAuxiliary(u) && !IsAdverb(u)) && u.lower != "but" &&
                 !IsSubordinator(u);  // "“…” when he said
        // "has called the deal “madness,” and Varga says it is …": a
        // clause joined after the quote has a speaker of its own (not
        // "… “reckless” and she accused …", the same speaker going on).
        if (u.lower == "and" && (i == close + 1 || (i == close + 2 && c.tok(close + 1).IsPunct(","))) &&
            cue.speaker.valid() && !IsPronoun(c.tok(cue.speaker.begin))) {
          direct = false;
        }
      }
      if (!direct) continue;
      dist = cue.begin - close - 2;  // the usual place
      // Right after the quote: “…,” Ms Arkwright says / says Ms Arkwright.
      // (Or with the speaker's role before the name: "“…,” deputy planning
      // director Rosa Emmerich said".)
      const int first = std::min(cue.begin, cue.speaker.valid() ? cue.speaker.begin : cue.begin);
      bool adjacent = true;
      for (int i = close + 1; i < first && adjacent; ++i) {
        const Token& u = c.tok(i);
        adjacent =
            u.IsPunct(",") ||
            (u.kind == TokenKind::kWord && !c.InQuote(i) && VerbClassOf(u) == CueClass::kNone &&
             !IsAuxiliary(u) && !IsFunctionWord(u) && !IsPronoun(u) && (IsTitleWord(u) || !u.capitalized));
      }
      if (post < 0 && adjacent) post = static_cast<int>(k);
    } else if (cue.end <= open) {
      dist = open - cue.end;
      // A quote between the cue and this one (this quote's tokens start at
      // `open`, so any quoted token before it is another's).
      const bool other = quoted_before[open] > quoted_before[cue.end];
      if (other && q.kind != QuoteKind::kPartial) continue;
      if ((cue.cls == CueClass::kNeutral || cue.cls == CueClass::kLoaded) && !cue.according && !cue.colon &&
          cue.speaker.valid() && dist < speech_pre_dist) {
        speech_pre = static_cast<int>(k);
        speech_pre_dist = dist;
      }
    } else {
      continue;
    }
    if (dist < best_dist) {
      best = static_cast<int>(k);
      best_dist = dist;
    }
  }
  if (best >= 0 && best != post && c.cues[best].end <= open) {
    const Cue& near = c.cues[best];
    // (Or a source a speaker cites for part of what he says: "Tomas Brandt
    // said that according to its tally, the Green League has won …, but
    // “we are still counting the ballots”".)
    const bool view = near.cls == CueClass::kBelief || near.cls == CueClass::kAttitude || near.according;
    if (post >= 0) {
      // "Early surveys suggest that “…”, Ms Arkwright says.": the
      // attribution after the quote frames the whole sentence.
      best = post;
    } else if (view && speech_pre >= 0 && speech_pre != best) {
      // "A spokesman said the minister expected “…”": the words quoted
      // are the spokesman's, not a belief he reports.
      best = speech_pre;
    }
  }
  // "Mr Ruiz said, “No comment,” the Herald reported.": a paper that
  // reports the exchange relays it; the words are the speaker's whose
  // verb stands right before them.
  // (So with a partial quote inside what that speaker says, however far
  // into it: "The witness said the order was meant to “…,” according to
  // the report", "He said … that he was “…,” the Post reported".)
  // (The speaker's own report keeps its claim, the quote inside it; the
  // outer report, as before, makes none of its own.)
  bool inside_report = false;
  auto reports_content = [&](int k) {
    // (Not "spoke with his counterpart … “to discuss …”": speaking
    // reports no content.)
    const absl::string_view v = c.tok(c.cues[k].begin).lower;
    return !absl::StartsWith(v, "spo") && !absl::StartsWith(v, "speak") && !absl::StartsWith(v, "talk");
  };
  if (best >= 0 && best == post && speech_pre >= 0 &&
      (speech_pre_dist <= 2 ||
       (q.kind == QuoteKind::kPartial && c.cues[speech_pre].sentence == s1 && reports_content(speech_pre)))) {
    const absl::string_view v = c.tok(c.cues[post].begin).lower;
    if (c.lex.InSet(WordSet::kReportVerb, v) || (c.cues[post].according && speech_pre_dist > 2)) {
      c.cues[post].used_by_quote = true;  // it relays the quote; no report of its own
      inside_report = speech_pre_dist > 2;
      best = speech_pre;
    }
  }
  if (best >= 0) {
    q.attribution = MakeAttribution(c, best);
    if (!inside_report) c.cues[best].used_by_quote = true;
    return true;
  }
  return false;
}

// Credits a quote nothing else attributes to the speaker of an earlier quote in
// its paragraph, or of the previous paragraph when it opens its paragraph; or,
// when it opens a sentence, to the speaker of a report just before it.
void InheritSpeaker(Context& c, Quote& q, size_t qi, int open, int s1, size_t& scanned,
                    int& latest_speaking) {
  const auto& sents = c.a.segmentation.sentences;
  const auto& paras = c.a.segmentation.paragraphs;
  int para = sents[q.sentence].paragraph;
  bool opens_paragraph = q.span.start == paras[para].span.start;
  // (The latest earlier quote with a speaker, kept as the loop goes: a
  // backward scan past every quote without one was quadratic in a long
  // paragraph of them.)
  for (; scanned < qi; ++scanned) {
    const Quote& prev = c.a.quotes[scanned];
    if (prev.kind != QuoteKind::kName && prev.attribution.has_speaker) latest_speaking = scanned;
  }
  const Quote* from_quote = nullptr;
  if (latest_speaking >= 0) {
    const Quote& prev = c.a.quotes[latest_speaking];
    int pp = sents[prev.sentence].paragraph;
    if (pp == para || (pp == para - 1 && opens_paragraph)) from_quote = &prev;
  }
  int from_cue = -1;
  if (open == c.a.sentence_tokens[s1].first) {
    for (int ps = s1 - 1; ps >= 0 && ps >= s1 - 2; --ps) {
      int pp = sents[ps].paragraph;
      if (pp != para && !(pp == para - 1 && opens_paragraph && ps == s1 - 1)) break;
      for (auto it = c.cues_in[ps].rbegin(); it != c.cues_in[ps].rend(); ++it) {
        const Cue& cue = c.cues[*it];
        if (!cue.speaker.valid() || cue.passive || cue.according) continue;
        // "Pryce praised Varga's record. / “We need someone …”": a
        // stance right before the quote is what the quote says, when
        // nothing stands between them.
        if (cue.cls == CueClass::kAttitude) {
          // Only a speaker that names someone: a name, a pronoun or a
          // speaker noun, not a relative or a long phrase.
          const Token& head = c.tok(cue.speaker.end - 1);
          const Token& first = c.tok(cue.speaker.begin);
          bool names = cue.speaker.end - cue.speaker.begin <= 4 && first.lower != "who" &&
                       first.lower != "which" && (head.capitalized || IsPronoun(head) || IsSpeakerNoun(head));
          if (ps != s1 - 1 || !names) continue;
        }
        from_cue = *it;
        break;
      }
      if (from_cue >= 0) break;
    }
  }
  bool cue_later = from_cue >= 0 &&
                   (from_quote == nullptr || c.tok(c.cues[from_cue].begin).span.start > from_quote->span.end);
  // "“…,” said Ilse Varnum of the Institute, a leading voice in pressing
  // the council to act. “…”": a participle in the description
  // that ends the earlier quote's own sentence is no new speaker.
  if (cue_later && from_quote != nullptr && c.cues[from_cue].sentence == from_quote->sentence &&
      absl::EndsWith(c.tok(c.cues[from_cue].begin).lower, "ing")) {
    cue_later = false;
  }
  if (cue_later) {
    q.attribution = MakeAttribution(c, from_cue);
    q.attribution.inherited = true;
    if (c.cues[from_cue].carry) {
      // The person the sentence before is about; no verb reports it.
      q.attribution.has_cue = false;
      q.attribution.cue.clear();
      q.attribution.cue_span = Span{};
      q.attribution.cue_class = CueClass::kNone;
    }
  } else if (from_quote != nullptr) {
    q.attribution = from_quote->attribution;
    q.attribution.inherited = true;
  }
}

// A digest's item: credits a quote in a paragraph that ends on a credit in
// brackets (a newsletter's link to the story it sums up) to the first name in the
// brackets; true when it did.
bool CreditDigestItem(Context& c, Quote& q, int close, const std::vector<int>& para_last,
                      absl::flat_hash_map<int, int>& credit_cue) {
  const auto& sents = c.a.segmentation.sentences;
  {
    int para_q = sents[q.sentence].paragraph;
    const int pe = c.a.sentence_tokens[para_last[para_q]].second;
    int open_b = -1;
    if (pe - 1 > close && c.tok(pe - 1).IsPunct("]")) {
      for (int k = pe - 2; k > close && k >= pe - 14; --k) {
        if (c.tok(k).IsPunct("[")) {
          open_b = k;
          break;
        }
        if (c.InQuote(k) || c.tok(k).IsPunct("]")) break;
      }
    }
    if (open_b >= 0 && open_b + 1 < pe - 1 && c.tok(open_b + 1).capitalized) {
      int name_end = open_b + 1;
      while (name_end < pe - 1 && !c.tok(name_end).IsPunct(",") && !c.tok(name_end).IsPunct("|")) ++name_end;
      auto found = credit_cue.find(para_q);
      int k;
      if (found != credit_cue.end()) {
        k = found->second;
      } else {
        Cue cue;
        cue.begin = open_b;
        cue.end = open_b + 1;
        cue.sentence = c.token_sentence[open_b];
        cue.colon = true;
        cue.speaker = {open_b + 1, name_end};
        c.AddCue(cue);
        c.cue_speaker_name.push_back(c.TokText(open_b + 1, name_end));
        c.cue_speaker_named.push_back(true);
        k = static_cast<int>(c.cues.size()) - 1;
        credit_cue[para_q] = k;
      }
      q.attribution = MakeAttribution(c, k);
      q.attribution.cue_class = CueClass::kNeutral;
      q.attribution.has_cue = false;
      q.attribution.cue.clear();
      q.attribution.cue_span = Span{};
      c.cues[k].used_by_quote = true;
      return true;
    }
  }
  return false;
}

// In a headline, credits a quote to the name before a colon, when no verb of
// saying stands between ("Mayor Okafor: Budget ‘A Disgrace’"); true when it did.
bool CreditHeadlineName(Context& c, Quote& q, int open) {
  const auto& sents = c.a.segmentation.sentences;
  if (sents[q.sentence].heading && open >= 2) {
    const int sb = c.a.sentence_tokens[q.sentence].first;
    int colon = -1;
    for (int k = sb + 1; k < open - 1 && k < sb + 8; ++k) {
      if (c.InQuote(k) || c.tok(k).kind == TokenKind::kQuote) break;
      if (c.tok(k).IsPunct(":")) {
        colon = k;
        break;
      }
    }
    bool plain = colon > 0;
    for (int k = colon + 1; plain && k < open; ++k) {
      plain = !c.InQuote(k) && c.tok(k).cue_class == 0 && c.tok(k).kind != TokenKind::kQuote;
    }
    const Np np = plain ? SubjectBefore(c, colon, sb) : Np{};
    // (A person: a first name or a title in the phrase, not a column's
    // label, "The Latest: Okafor delivers defense of ‘harbour values’".)
    bool person = false;
    for (int k = np.valid() ? np.begin : 0; np.valid() && k < np.end && !person; ++k) {
      const Token& u = c.tok(k);
      person = u.capitalized && (c.lex.first_name_gender.contains(u.text) || c.lex.titles.contains(u.text) ||
                                 IsTitleAbbreviation(c.lex, u));
    }
    // (Or a name of two words or more: "Varga Challenger Lena Voss".)
    bool name = np.valid() && np.end - np.begin >= 2 && !IsDeterminer(c.tok(np.begin));
    for (int k = np.valid() ? np.begin : 0; name && k < np.end; ++k) {
      name = c.tok(k).capitalized && c.tok(k).kind == TokenKind::kWord && !IsFunctionWord(c.tok(k));
    }
    if (np.valid() && np.end == colon && np.begin == sb && (person || name)) {
      CreditToColonCue(c, q, colon, colon + 1, q.sentence, np, c.TokText(np.begin, np.end), /*named=*/true);
      return true;
    }
  }
  return false;
}

// Credits a quote after a colon to the name the colon follows ("Okafor: “…”"),
// or to the speaker a description before the colon names; true when it did.
bool CreditColonName(Context& c, Quote& q, int open) {
  if (open >= 2 && c.tok(open - 1).IsPunct(":")) {
    int sb = c.a.sentence_tokens[c.token_sentence[open]].first;
    Np np = SubjectBefore(c, open - 1, sb);
    bool in_pp = np.valid() && np.begin > sb && IsPreposition(c.tok(np.begin - 1));
    // "As Professor Lindgren put it:": the one who put it.
    if (np.valid() && np.end - np.begin == 1 && c.tok(np.begin).lower == "it" && np.begin - 1 > sb &&
        c.tok(np.begin - 1).lower == "put") {
      np = SubjectBefore(c, np.begin - 1, sb);
      if (np.valid()) np.end = open - 1;  // the cue spans "put it"
    }
    // The phrase before the colon must name someone: a name, a speaker
    // noun or a pronoun, not "a pledge many people make but few honour:".
    bool names = np.valid() && (c.tok(np.end - 1).capitalized || IsSpeakerNoun(c.tok(np.end - 1)) ||
                                IsPronoun(c.tok(np.end - 1)));
    // "Fenwick on the minutes: ‘…’": a phrase after the name says
    // what the words are about.
    bool about = np.valid() && np.end < open - 1 && IsPreposition(c.tok(np.end));
    for (int i = np.valid() ? np.end : open; about && i < open - 1; ++i) {
      about = !c.InQuote(i) && VerbClassOf(c.tok(i)) == CueClass::kNone;
    }
    // "Calder later Thursday told Radio Tarn: “…”": after "told" or
    // "asked", the phrase is whom the words were said to; who said them
    // is the verb's subject ("But told BBC News: “…”" names no one).
    int verb = -1;
    if (np.valid() && np.begin > sb && !c.InQuote(np.begin - 1) && TakesAddressee(c.tok(np.begin - 1))) {
      verb = np.begin - 1;
      np = SubjectBefore(c, verb, sb);
      names = np.valid() && (c.tok(np.end - 1).capitalized || IsSpeakerNoun(c.tok(np.end - 1)) ||
                             IsPronoun(c.tok(np.end - 1)));
      in_pp = np.valid() && np.begin > sb && IsPreposition(c.tok(np.begin - 1));
      about = false;
    }
    if (np.valid() && (np.end == open - 1 || about || verb >= 0) && !in_pp && names) {
      CreditToColonCue(c, q, verb >= 0 ? verb : open - 1, verb >= 0 ? verb + 1 : open, c.token_sentence[open],
                       np, c.TokText(np.begin, np.end),
                       c.tok(np.end - 1).capitalized || IsPronoun(c.tok(np.begin)));
      return true;
    }
  }
  return false;
}

// Credits a quote that opens a sentence to the speaker of the sentence before,
// when that sentence ends on a colon ("Varga continued:"); true when it did.
bool CreditSentenceBeforeColon(Context& c, Quote& q, int open, int s1) {
  if (s1 > 0 && open == c.a.sentence_tokens[s1].first) {
    int prev = s1 - 1;
    int pe = c.a.sentence_tokens[prev].second;
    if (pe > 0 && c.tok(pe - 1).IsPunct(":")) {
      for (auto it = c.cues_in[prev].rbegin(); it != c.cues_in[prev].rend(); ++it) {
        if (!c.cues[*it].speaker.valid()) continue;
        CreditToCue(c, q, *it);
        return true;
      }
    }
  }
  return false;
}

// Credits words quoted in the object of a verb of saying that makes no report of
// its own ("Mr Halloran predicted growth “near the low twenties”") to its subject,
// when the subject names someone; four words or more, not a scare quote. True
// when it credited the quote.
bool CreditObjectOfSaying(Context& c, Quote& q, int open, int close, int s1, int s2, SpeakerNames& names) {
  int words = 0;
  for (int k = open + 1; k < close && words < 4; ++k) words += c.tok(k).kind == TokenKind::kWord;
  if ((q.kind == QuoteKind::kSpeech || q.kind == QuoteKind::kPartial) && words >= 4) {
    const int sb = c.a.sentence_tokens[s1].first;
    int verb = -1;
    for (int k = open - 1; k > sb && k >= open - 12; --k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || u.kind == TokenKind::kQuote || u.IsPunct(",") || u.IsPunct(";") || u.IsPunct(":") ||
          u.IsPunct(".") || u.IsPunct("?") || u.IsPunct("!") || IsSubordinator(u) || u.lower == "that" ||
          u.lower == "which" || u.lower == "who") {
        break;
      }
      const CueClass cls = VerbClassOf(u);
      if (cls == CueClass::kNone) continue;
      if (cls != CueClass::kAttitude && !u.capitalized && !absl::EndsWith(u.lower, "ing") &&
          !IsBe(c.tok(k - 1)) && !IsAuxiliary(c.tok(k - 1))) {
        verb = k;
      }
      break;
    }
    const Np np = verb > sb ? SubjectBefore(c, verb, sb) : Np{};
    if (np.valid() && np.end == verb && names.NamesSomeone(np)) {
      // (Spent on the quote, as a colon's cue is: it makes no claim.)
      CreditToColonCue(c, q, verb, verb + 1, s1, np, names.Resolved(np), /*named=*/true);
      q.attribution.cue_class = VerbClassOf(c.tok(verb));
      return true;
    }
    // "Varga credited Okafor's victory to “a closed ballot, …”",
    // "Brandt ripped Calder for acting as “the referee and the linesman” in
    // …": words quoted inside the clause of the sentence's subject, with
    // no verb of saying to give them to anyone else, are that subject's
    // when it names someone. (Not past a relative or a clause of another
    // subject, "that", "who", "because"; a verb of saying or thinking,
    // "for saying “…”", "quoted him as saying"; an agent, "signed by the
    // governor “…”"; nor a possessive or a noun of saying that gives the
    // words to someone else, "Okafor's “…” remark".)
    const int se = c.a.sentence_tokens[s1].second;
    const Np subject = s1 == s2 && q.kind == QuoteKind::kPartial ? SentenceSubject(c, sb, se) : Np{};
    bool clear = subject.valid() && subject.end < open && open - subject.end <= 25 &&
                 names.NamesSomeone(subject) && names.SpeaksElsewhere(subject) &&
                 !IsPossessive(c.tok(open - 1).text) &&
                 !(close + 1 < se && IsSpeechNoun(c.lex, c.tok(close + 1)));
    // (Nor in a sentence that reports someone's words or thoughts: "Pim
    // Hale should “hold his nerve”, Rosa Quint has insisted",
    // "according to “…”".)
    for (int k : c.cues_in[s1]) {
      const Cue& other = c.cues[k];
      if (other.according || (other.speaker.valid() && other.cls != CueClass::kAttitude)) clear = false;
    }
    for (int k = subject.end; clear && k < open; ++k) {
      const Token& u = c.tok(k);
      const CueClass cls = VerbClassOf(u);
      clear = !c.InQuote(k) && u.kind != TokenKind::kQuote && !u.IsPunct(";") && !u.IsPunct(":") &&
              u.lower != "that" && u.lower != "who" && u.lower != "whom" && u.lower != "which" &&
              u.lower != "whose" && !IsSubordinator(u) &&
              (cls == CueClass::kNone || cls == CueClass::kAttitude) &&
              !(u.lower == "by" && k + 1 < open && c.tok(k + 1).capitalized);
    }
    if (clear) {
      CreditToColonCue(c, q, subject.end, subject.end + 1, s1, subject, names.Resolved(subject),
                       /*named=*/true);
      q.attribution.cue_class = CueClass::kNeutral;
      return true;
    }
    // "Mr Pryce is confident though: “…”", "Nadia Brill echoed: “…”", "The
    // Okafor Trust describes itself in these terms: “…”":
    // words after a colon that closes a clause with no verb of saying are
    // that clause's subject's, when it names someone; a possessive before
    // a noun of saying gives them to its owner ("Lund's letter makes a
    // free-market case: “…”"). (Not a clause that quotes someone
    // else, "Moss quotes Ida Lorne:", nor one whose subject is no one,
    // "there's a pledge many people make:".)
    int colon = -1, csb = -1;
    if (open - 1 >= 0 && c.tok(open - 1).IsPunct(":")) {
      colon = open - 1;
      csb = c.a.sentence_tokens[c.token_sentence[colon]].first;
    }
    if (colon > csb && csb >= 0) {
      bool quotes_someone = false;
      for (int k = csb; k < colon && !quotes_someone; ++k) {
        const absl::string_view w = c.tok(k).lower;
        quotes_someone = c.InQuote(k) || c.tok(k).kind == TokenKind::kQuote || absl::StartsWith(w, "quot") ||
                         c.lex.InSet(WordSet::kAskingWord, w);
      }
      for (int k : c.cues_in[c.token_sentence[colon]]) {
        if (c.cues[k].cls != CueClass::kAttitude) quotes_someone = true;
      }
      // (Nor a name or a label right before the colon, "Maja Stroud: “…”",
      // "Transcript: “…”": the blocks below read those.)
      // (A day or a month is no name: "in a chat with Radio Tarn on
      // Tuesday: “…”".)
      const Token& before_colon = c.tok(colon - 1);
      if (before_colon.capitalized && before_colon.kind == TokenKind::kWord && !IsWeekday(before_colon) &&
          !IsMonth(before_colon)) {
        quotes_someone = true;
      }
      Np who = quotes_someone ? Np{} : SentenceSubject(c, csb, colon);
      bool owner = false, named_group = false;
      if (who.valid() && who.end < colon && who.end - 1 > who.begin &&
          IsSpeechNoun(c.lex, c.tok(who.end - 1)) && IsPossessive(c.tok(who.end - 2).text) &&
          c.tok(who.end - 2).capitalized) {
        who = {who.begin, who.end - 1};
        if (c.tok(who.begin).lower == "the") ++who.begin;
        owner = true;
      }
      // (A possessive alone is no subject; the people it owns are, when
      // a noun for people ends the phrase: "Okafor's first three
      // questioners ranged from wary to furious: “…”".)
      if (who.valid() && !owner && IsPossessive(c.tok(who.end - 1).text)) {
        // (A noun for people: a speaker noun, or an agent noun in the
        // plural, "questioners", "organisers".)
        auto people = [&](const Token& u) {
          const absl::string_view w = u.lower;
          return (IsSpeakerNoun(u) && !c.lex.body_nouns.contains(w)) ||
                 (w.size() > 6 &&
                  (absl::EndsWith(w, "ers") || absl::EndsWith(w, "ors") || absl::EndsWith(w, "ists")));
        };
        int k = who.end;
        while (k < colon && k < who.end + 4 && c.tok(k).kind == TokenKind::kWord && !c.tok(k).capitalized &&
               !c.InQuote(k) && !IsFiniteAuxiliary(c.tok(k)) && !IsBe(c.tok(k)) &&
               VerbClassOf(c.tok(k)) == CueClass::kNone && !people(c.tok(k))) {
          ++k;
        }
        if (k < colon && c.tok(k).kind == TokenKind::kWord && !c.tok(k).capitalized && people(c.tok(k))) {
          who = {who.begin, k + 1};
          named_group = true;
        } else {
          who = Np{};
        }
      }
      // ("One early backer, Councillor Ada Fenwick, Liberal of East
      // Port, gave the method a try …:": a name in apposition to a
      // description is who the description is.)
      if (who.valid() && !names.NamesSomeone(who) && who.end + 2 < colon && c.tok(who.end).IsPunct(",")) {
        const Np name = NpAfter(c, who.end + 1, colon);
        if (name.valid() && names.NamesSomeone(name) && name.end < colon && c.tok(name.end).IsPunct(","))
          who = name;
      }
      // (Or a body named by its modifier: "The Okafor campaign, in a Q&A
      // on the dispute, phrased it more carefully:", "the Varga
      // administration put it this way:".)
      // (Only determiners and capitalised words before the noun, not the
      // sentence's first word: not "Full text as follows:", nor
      // "Harlow-Biggs defines a wiki as:".)
      bool named_body = who.valid() && who.end - who.begin >= 2 && who.end - who.begin <= 5 &&
                        IsSpeakerNoun(c.tok(who.end - 1)) && !c.tok(who.end - 1).capitalized;
      bool modifier = false;
      for (int k = who.begin; named_body && k + 1 < who.end; ++k) {
        const Token& u = c.tok(k);
        const bool name = u.kind == TokenKind::kWord && u.capitalized && !IsFunctionWord(u) &&
                          !IsDeterminer(u) && !IsPossessive(u.text) && !c.InQuote(k) && k > csb;
        named_body = name || IsDeterminer(u);
        modifier |= name;
      }
      named_body = named_body && modifier;
      if (who.valid() && who.end <= colon && (names.NamesSomeone(who) || named_body || named_group)) {
        std::string name = names.Resolved(who);
        if (owner) name = std::string(PossessiveStem(name));
        CreditToColonCue(c, q, colon, colon + 1, c.token_sentence[colon], who, std::move(name),
                         /*named=*/true);
        q.attribution.cue_class = CueClass::kNeutral;
        return true;
      }
    }
  }
  return false;
}

// Credits a quote that ends its sentence on "!" or "?" (or on a period where a
// comma belongs) to the speaker who opens the next sentence of the paragraph
// ("“No more delays!” Rep. Dana Pruitt said."); true when it did.
bool CreditNextSentenceOpener(Context& c, Quote& q, int open, int close, int s2) {
  const auto& sents = c.a.segmentation.sentences;
  const bool period_for_comma =
      close >= 1 && c.tok(close - 1).IsPunct(".") && !(open >= 1 && c.tok(open - 1).IsPunct(":"));
  if (close >= 1 && close + 1 == c.a.sentence_tokens[s2].second &&
      (c.tok(close - 1).IsPunct("!") || c.tok(close - 1).IsPunct("?") || period_for_comma) &&
      s2 + 1 < static_cast<int>(sents.size()) && sents[s2 + 1].paragraph == sents[s2].paragraph) {
    const int nb = c.a.sentence_tokens[s2 + 1].first;
    const int ne = c.a.sentence_tokens[s2 + 1].second;
    for (int k : c.cues_in[s2 + 1]) {
      const Cue& cue = c.cues[k];
      if (cue.passive || cue.according || cue.colon || cue.cls == CueClass::kAttitude ||
          !cue.speaker.valid() || !OpensWithSpeaker(c, nb, cue.speaker.begin) ||
          cue.speaker.end > cue.begin || cue.begin - cue.speaker.end > 8 || cue.used_by_quote) {
        break;
      }
      bool plain = true;
      for (int i = cue.speaker.end; i < cue.begin && plain; ++i) {
        const Token& u = c.tok(i);
        plain = !c.InQuote(i) && VerbClassOf(u) == CueClass::kNone &&
                (u.kind != TokenKind::kWord || !IsAuxiliary(u) || IsAdverb(u));
      }
      // "… said that …", "… said the plan": a report of its own.
      // Only whom it was said to may follow: "asked the crowd".
      const absl::string_view verb = c.tok(cue.begin).lower;
      const bool addressee =
          absl::StartsWith(verb, "ask") || absl::StartsWith(verb, "tell") || verb == "told";
      bool bare = cue.end >= ne || !c.tok(cue.end).IsWordLike() || IsPreposition(c.tok(cue.end)) ||
                  (!c.tok(cue.end).capitalized && IsAdverb(c.tok(cue.end))) || addressee;
      for (int i = cue.end; i < ne && bare; ++i) {
        const Token& u = c.tok(i);
        bare = !c.InQuote(i) && u.lower != "that" && !IsAuxiliary(u) && VerbClassOf(u) == CueClass::kNone;
      }
      // (After a period, only a sentence that ends there: "She went on
      // to say:" introduces the next quote.)
      if (period_for_comma && !c.tok(ne - 1).IsPunct(".")) bare = false;
      if (plain && bare) {
        CreditToCue(c, q, k);
        return true;
      }
      break;
    }
  }
  return false;
}

// Credits a quote to the owner of an answer, a line or a slogan it completes
// ("Varga’s answer was that “…”"); true when it did.
bool CreditSayingNounOwner(Context& c, Quote& q, int open, int s2) {
  {
    const int sb = c.a.sentence_tokens[s2].first;
    int pos = -1;  // the possessive opening the phrase of saying
    for (int k = open - 1; k > sb && k >= open - 10 && pos < 0; --k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || u.kind == TokenKind::kQuote) break;
      if (u.lower != "was" && u.lower != "is") continue;
      for (int j = k - 1; j > sb && j >= k - 6; --j) {
        if (!c.lex.InSet(WordSet::kSayingNoun, c.tok(j).lower)) continue;
        int h = j - 1;
        if (h >= sb && (c.lex.InSet(WordSet::kStockPhraseModifier, c.tok(h).lower))) --h;
        if (h >= sb && IsPossessive(c.tok(h).text) && c.tok(h).capitalized) pos = h;
        break;
      }
      break;
    }
    if (pos >= 0) {
      int pb = pos;
      while (pb > sb && c.tok(pb - 1).capitalized && c.tok(pb - 1).kind == TokenKind::kWord &&
             !c.InQuote(pb - 1))
        --pb;
      std::string name = pb < pos ? c.TokText(pb, pos) + " " : std::string();
      name += std::string(PossessiveStem(c.tok(pos).text));
      CreditToColonCue(c, q, pos, pos + 1, s2, {pb, pos + 1}, std::move(name), /*named=*/true);
      return true;
    }
  }
  return false;
}

void AttributeQuotes(Context& c) {
  std::vector<int> open_tok(c.a.quotes.size());
  SpeakerNames names(c);
  int t = 0;
  for (size_t qi = 0; qi < c.a.quotes.size(); ++qi) {
    while (t < c.ntok() && c.tok(t).span.start < c.a.quotes[qi].span.start) ++t;
    open_tok[qi] = t;
  }
  // quoted_before[i]: how many of the tokens before i are quoted, so that
  // whether any token between a cue and a quote is quoted is one subtraction
  // (a scan per cue and quote was quadratic in a long run of quotes and cues).
  std::vector<int> quoted_before(c.ntok() + 1, 0);
  for (int i = 0; i < c.ntok(); ++i) quoted_before[i + 1] = quoted_before[i] + (c.InQuote(i) ? 1 : 0);
  const auto& paras = c.a.segmentation.paragraphs;
  const auto& sents = c.a.segmentation.sentences;
  size_t scanned = 0;
  int latest_speaking = -1;
  absl::flat_hash_map<int, int> credit_cue;  // paragraph -> its bracketed credit's cue
  // Each paragraph's last sentence, found once (a scan per quote was
  // quadratic in a long paragraph of quotes).
  std::vector<int> para_last(paras.size(), 0);
  for (size_t s = 0; s < sents.size(); ++s) {
    const int p = sents[s].paragraph;
    if (p >= 0 && static_cast<size_t>(p) < para_last.size()) para_last[p] = static_cast<int>(s);
  }
  for (size_t qi = 0; qi < c.a.quotes.size(); ++qi) {
    Quote& q = c.a.quotes[qi];
    if (q.kind == QuoteKind::kName) continue;
    int open = open_tok[qi];
    int close = EndToken(c, q.span.end) - 1;
    int s1 = q.sentence;
    int s2 = c.token_sentence[std::max(open, close)];
    if (CreditNearestCue(c, q, open, close, s1, s2, quoted_before)) continue;
    // "The Ohio senator’s answer was that “…”", "Varga’s catch phrase in
    // that race was that Lindqvist “…”": the words of someone's answer,
    // line or slogan are that someone's.
    if (CreditSayingNounOwner(c, q, open, s2)) continue;
    // "“Endless paperwork!” Rep. Dana Pruitt said of …": a quote that
    // ends on "!" or "?" ends its sentence, and the next sentence, in the
    // same paragraph, opens with who said it. So does one that ends on a
    // period where a comma belongs ("“… were shredded.” Okafor said."), when
    // no colon introduced it.
    if (CreditNextSentenceOpener(c, q, open, close, s2)) continue;
    // "Mr Halloran predicted steady growth “with a profit margin near the
    // low twenties”": words quoted in the object of a verb of saying,
    // which makes no report of its own (no clause follows it), are its
    // subject's, when the subject names someone. (Not a participle,
    // "predicting growth “…”", nor a passive, "was predicted".)
    // (Four words or more: a single term quoted, "its “jumbo” cones",
    // is a scare quote, no one's words.)
    if (CreditObjectOfSaying(c, q, open, close, s1, s2, names)) continue;
    // "Varga continued:" closing the sentence (or paragraph) before the quote.
    if (CreditSentenceBeforeColon(c, q, open, s1)) continue;
    // "Okafor: “…”"
    if (CreditColonName(c, q, open)) continue;
    // "Dr. Ida Marsh: Mayor Okafor ‘Not Fit To Lead’", "Lena Voss:
    // Sack Sheriff Dunn, ‘Keep Tolls off the Valley Road’": in a headline, the
    // name before the colon speaks a quote later in it, when no verb of
    // saying stands between.
    if (CreditHeadlineName(c, q, open)) continue;
    // A digest's item: a paragraph that ends on a credit in brackets
    // ("… [WSJ]", "… [Dana Kirsch, CityWire]", "… [Reuters | Paywall]", the
    // link a newsletter gives to the story it sums up) credits the quotes in
    // it that nothing else attributes to the first name in the brackets.
    if (CreditDigestItem(c, q, close, para_last, credit_cue)) continue;
    // Inherit: the speaker of an earlier quote in the paragraph, or of the
    // previous paragraph when this quote opens its paragraph; or, when the
    // quote opens a sentence, the speaker of a report just before it ("Mr
    // Fox said the rules did not help. “If you close for a day …”").
    InheritSpeaker(c, q, qi, open, s1, scanned, latest_speaking);
  }
  // "Sugary drinks are “the ultimate school health crisis” and “rot
  // children’s teeth,” Nora Vance proclaimed": quotes joined by "and", "or" or a
  // comma in one sentence are one speaker's; the speaker found for one
  // holds for the other that has none.
  for (size_t qi = 0; qi + 1 < c.a.quotes.size(); ++qi) {
    Quote& a = c.a.quotes[qi];
    Quote& b = c.a.quotes[qi + 1];
    if (a.sentence != b.sentence || a.kind == QuoteKind::kName || b.kind == QuoteKind::kName ||
        a.attribution.has_speaker == b.attribution.has_speaker) {
      continue;
    }
    int k = open_tok[qi];
    while (k < c.ntok() && c.tok(k).span.start < a.span.end) ++k;
    int joiners = 0;
    bool joined = k < open_tok[qi + 1];
    for (; k < open_tok[qi + 1] && joined; ++k) {
      const Token& u = c.tok(k);
      joined = u.lower == "and" || u.lower == "or" || u.IsPunct(",");
      ++joiners;
    }
    if (!joined || joiners > 2) continue;
    if (a.attribution.has_speaker) {
      b.attribution = a.attribution;
      b.attribution.inherited = true;
    } else {
      a.attribution = b.attribution;
      a.attribution.inherited = true;
    }
  }
}

namespace {

// A term in quotation marks inside a noun phrase: "an Oregon “shield”
// law", "its now infamous “dancing sheep” poster", "the “golden rule” of
// borrowing", "a “swap shop”". A few words that name a thing, not anyone's
// words (not "described him as a “true gentleman”", "called it
// “a disgrace”", "said it was “rather clever”": the words a verb reports).
bool TermInNounPhrase(const Context& c, const Quote& q, int open, int close) {
  int words = 0;
  for (int i = open + 1; i < close; ++i) {
    const Token& u = c.tok(i);
    if (!u.IsWordLike()) {
      if (u.IsPunct("-")) continue;
      return false;  // a comma, a period: a phrase of its own
    }
    if (!u.capitalized &&
        (IsDeterminer(u) || IsAuxiliary(u) || IsPronoun(u) || VerbClassOf(u) != CueClass::kNone)) {
      return false;
    }
    ++words;
  }
  if (words == 0 || words > 3) return false;
  // A word of judgement is someone's ("a “bruising” contest", "Mr Varga's
  // “courageous” leadership", "a “perfunctory” sit-down"); a term names a
  // kind of thing ("“pro-choice” organisations", "“chip and pin” cards").
  {
    // (Nor a verb's phrase: "committed to “rooting out” fare dodging".)
    if (absl::EndsWith(c.tok(open + 1).lower, "ing") && !absl::StrContains(c.tok(open + 1).lower, "-"))
      return false;
    absl::string_view last = c.tok(close - 1).lower;
    for (absl::string_view suffix : {"ous", "ful", "ive", "ible", "able", "less", "ic", "ical", "ing", "ed",
                                     "ent", "ant", "ary", "ory", "ish", "al", "ly", "est", "er"}) {
      if (absl::EndsWith(last, suffix) && !absl::StrContains(last, "-")) return false;
    }
  }
  const int sb = c.a.sentence_tokens[q.sentence].first, se = c.a.sentence_tokens[q.sentence].second;
  if (open <= sb || close + 1 >= se) return false;
  // Before it, within three words: no other quote; and a determiner there
  // not after "as", "be", "it" or a verb of saying ("described him as a
  // “true gentleman”").
  for (int k = open - 1; k >= sb && k >= open - 3; --k) {
    const Token& u = c.tok(k);
    if (c.InQuote(k) || u.kind == TokenKind::kQuote) return false;
    if (IsDeterminer(u) || IsPossessivePronoun(u)) {
      if (k - 1 >= sb) {
        const Token& v = c.tok(k - 1);
        if (v.lower == "as" || IsBe(v) || VerbClassOf(v) != CueClass::kNone || v.lower == "it") return false;
      }
      break;
    }
    if (!u.IsWordLike() || IsAuxiliary(u) || VerbClassOf(u) != CueClass::kNone || IsPreposition(u) ||
        u.lower == "as") {
      break;
    }
  }
  // After it: the noun it modifies ("“shield” law", "“pro-choice”
  // organisations"), or the phrase ends.
  const Token& after = c.tok(close + 1);
  const bool noun_after = after.kind == TokenKind::kWord && !after.capitalized && !IsAuxiliary(after) &&
                          !IsPreposition(after) && !IsFunctionWord(after) &&
                          VerbClassOf(after) == CueClass::kNone && !IsAdverb(after) &&
                          !IsSubordinator(after) && !IsPronoun(after) &&
                          !absl::EndsWith(after.lower, "ing") && !absl::EndsWith(after.lower, "ed");
  const Token& before = c.tok(open - 1);
  const bool modifier_slot = IsPreposition(before) || IsDeterminer(before) || IsPossessivePronoun(before) ||
                             (before.kind == TokenKind::kWord && !IsAuxiliary(before) &&
                              VerbClassOf(before) == CueClass::kNone && before.lower != "as");
  return noun_after && modifier_slot && before.lower != "as" && !IsBe(before);
}

// Whether the quote opening at token `open` is a term the sentence talks
// about rather than words someone says in it: "the term “guest worker”",
// "the word ''austerity''", "terms like “cloud”", "the so-called “bedroom
// tax”", "known as “the long count”", "what some call the “back door”".
bool MentionedTerm(const Context& c, int open, int sb) {
  auto w = [&](int k) { return k >= sb && !c.InQuote(k) ? c.tok(k).lower : absl::string_view(); };
  int k = open - 1;
  // (An article or "so-called" between: "what some call the “…”".)
  if (w(k) == "the" || w(k) == "a" || w(k) == "an") --k;
  const absl::string_view a = w(k), b = w(k - 1), d = w(k - 2);
  if (a == "so-called" || (a == "called" && (c.lex.InSet(WordSet::kNamingAdverb, b)))) {
    return true;
  }
  if (a == "as" && b == "known") return true;
  if ((c.lex.InSet(WordSet::kCallPresentVerb, a)) && (c.lex.InSet(WordSet::kGenericPeopleWord, b)) &&
      d == "what") {
    return true;
  }
  if (k == open - 1 && c.lex.InSet(WordSet::kNamingNoun, a) &&
      (b == "the" || b == "this" || b == "that" || b == "a"))
    return true;
  if ((a == "like" || (a == "as" && b == "such")) && c.lex.InSet(WordSet::kNamingNoun, a == "like" ? b : d))
    return true;
  // ("terms like “cloud” and “streaming”": the next in a list of them.)
  if (k == open - 1 && (a == "and" || a == "or" || (k >= sb && c.tok(k).IsPunct(","))) && k - 1 > sb &&
      c.tok(k - 1).kind == TokenKind::kQuote) {
    int j = k - 2;
    while (j > sb && j > k - 12 && c.tok(j).kind != TokenKind::kQuote) --j;
    if (j > sb && c.tok(j).kind == TokenKind::kQuote) return MentionedTerm(c, j, sb);
  }
  return false;
}

}  // namespace

void MarkScareQuotes(Context& c) {
  // A term in a noun phrase is no one's words, whatever cue stands near.
  // (Classify makes no scare quotes: any here are these terms.)
  {
    int t = 0;
    for (Quote& q : c.a.quotes) {
      if (q.kind != QuoteKind::kPartial) continue;
      while (t < c.ntok() && c.tok(t).span.start < q.span.start) ++t;
      const int open = t;
      const int close = EndToken(c, q.span.end) - 1;
      if (open >= close || c.tok(open).kind != TokenKind::kQuote || c.tok(close).kind != TokenKind::kQuote)
        continue;
      int words = 0;
      for (int i = open + 1; i < close; ++i) words += c.tok(i).IsWordLike();
      if (TermInNounPhrase(c, q, open, close) ||
          (words <= 5 && MentionedTerm(c, open, c.a.sentence_tokens[q.sentence].first))) {
        q.kind = QuoteKind::kScare;
        q.attribution = Attribution();
      }
    }
  }
  // A quote inside a reported claim is the claim's speaker's: "During 2011
  // “Norland was one of the strongest markets” for bicycle sales, NCTA said."
  // (Also over a speaker only inherited from the sentence before: the
  // sentence's own report names who says it, "Polls show Okafor ahead. “Many
  // would consider that a humiliation” if she lost, said Ewan Thorsby.")
  for (Quote& q : c.a.quotes) {
    if ((q.attribution.has_speaker && !q.attribution.inherited) || q.kind == QuoteKind::kName ||
        q.kind == QuoteKind::kScare) {
      continue;
    }
    for (int k : c.claims_in[q.sentence]) {
      const Claim& cl = c.a.claims[k];
      if (!cl.attribution.has_speaker || cl.attribution.cue_class == CueClass::kAttitude) continue;
      if (cl.content.start <= q.span.start && q.span.end <= cl.content.end) {
        q.attribution = cl.attribution;
        break;
      }
    }
  }
  for (Quote& q : c.a.quotes) {
    if (q.kind != QuoteKind::kPartial || q.attribution.has_speaker) continue;
    // A few words set apart are scare quotes; a longer stretch is speech
    // whose speaker the story does not name here.
    int words = 0;
    for (int i = EndToken(c, q.content.start); i < c.ntok() && c.tok(i).span.end <= q.content.end; ++i) {
      words += c.tok(i).IsWordLike();
    }
    q.kind = words <= 4 ? QuoteKind::kScare : QuoteKind::kSpeech;
  }
}

// The plain case of an active cue: the report is what follows the verb (and whom
// it was said to): "she said the plan would fail", "told reporters that …".
std::optional<bool> ReportAfterVerb(const Context& c, const Cue& cue, int sb, int ce, int front, bool set_off,
                                    int& b, int& e, bool& that_clause) {
  int after = cue.end;
  while (after < ce && IsAdverb(c.tok(after))) ++after;
  // "said Wednesday that …", "said last week that …": a bare time
  // before the report is no part of it.
  {
    const int k = SkipBareTime(c, after, ce);
    if (k > after && k < ce && (c.tok(k).lower == "that" || c.tok(k).IsPunct(","))) after = k;
    // (Or a phrase of place that ends on "that": "said Sunday in
    // Brackley Falls, Oregon, that …".)
    if (k > after && k < ce && IsPreposition(c.tok(k))) {
      const int skipped = SkipPhrase(c, k, ce);
      if (skipped > 0 && c.tok(skipped - 1).lower == "that") after = k;
    }
  }
  // ("called for a bigger effort": for a stance, "for" opens its object.)
  // ("admitted to the inquiry that …", "conceded to reporters that
  // …": "to" and whom it was said to, then the report.)
  bool to_whom = false;
  // (Whom: a determiner, a name, an object pronoun or a speaker noun,
  // not a verb, "agreed to hear appeals that …".)
  const Token* whom = after + 2 < ce ? &c.tok(after + 1) : nullptr;
  if (whom && c.tok(after).lower == "to" && !c.InQuote(after) && !c.InQuote(after + 1) &&
      (IsDeterminer(*whom) || IsSpeakerNoun(*whom) || IsObjectPronoun(c.lex, *whom) ||
       (whom->capitalized && whom->kind == TokenKind::kWord))) {
    for (int k = after + 2; k < ce && k <= after + 5; ++k) {
      const Token& u = c.tok(k);
      if (u.lower == "that" && !c.InQuote(k)) {
        to_whom = true;
        break;
      }
      if (!u.IsWordLike() || c.InQuote(k) || u.cue_class != 0 || IsAuxiliary(u) || u.lower == "to") break;
    }
  }
  if (after < ce && (to_whom || !(cue.cls != CueClass::kNeutral &&
                                  (c.tok(after).lower == "of" || c.tok(after).lower == "about" ||
                                   c.tok(after).lower == "against" || c.tok(after).lower == "to" ||
                                   (cue.cls == CueClass::kAttitude && c.tok(after).lower == "for"))))) {
    int skipped = SkipPhrase(c, after, ce);
    // "claimed at the outset not to know": a loaded verb's infinitive
    // after a short phrase is what is claimed.
    if (skipped < 0 && (cue.cls == CueClass::kLoaded || cue.cls == CueClass::kWarning)) {
      for (int k = after + 1; k + 1 < ce && k <= after + 5 && !c.InQuote(k); ++k) {
        if (c.tok(k).lower == "to" || (c.tok(k).lower == "not" && c.tok(k + 1).lower == "to")) {
          skipped = k;
          break;
        }
        if (!c.tok(k).IsWordLike()) break;
      }
    }
    if (skipped < 0) return false;
    after = skipped;
    // "said on Radio Tarn that for one, …": the phrase ended on "that".
    if (after > 0 && c.tok(after - 1).lower == "that") that_clause = true;
  }
  if (TakesAddressee(c.tok(cue.begin))) {
    // "told reporters that …"; "told The Courier" alone reports nothing here.
    // A quote mark opens the report only right after the verb, its
    // preposition or the addressee ("told the paper “…”", "warned of
    // “…”"), not inside the report ("told the paper there would be no
    // “Monaco-style” marinas").
    Np addressee = NpAfter(c, after, ce);
    int found = -1;
    // ("accused the mayor of exploiting it": the accused, then
    // "of" and the charge; the "of" before an -ing form when the
    // accused has one of its own, "the secretary of state of using".)
    const bool accuses = absl::StartsWith(c.tok(cue.begin).lower, "accus");
    int charge = -1;
    for (int j = after + 1; accuses && j + 1 < ce && j < after + 9; ++j) {
      if (c.InQuote(j) || c.tok(j).lower != "of") continue;
      if (charge < 0 || absl::EndsWith(c.tok(j + 1).lower, "ing")) charge = j;
      if (absl::EndsWith(c.tok(j + 1).lower, "ing")) break;
    }
    for (int j = after; j < ce && j < after + 8; ++j) {
      const Token& u = c.tok(j);
      if (u.lower == "that" || u.lower == "to" || u.IsPunct(",") || u.IsPunct(":") || j == charge ||
          (u.kind == TokenKind::kQuote && (j == after || (addressee.valid() && j == addressee.end) ||
                                           (j == after + 1 && IsPreposition(c.tok(after)))))) {
        found = j;
        break;
      }
    }
    // "warn it could harm trade": a pronoun or noun right before a
    // modal is the clause's subject, not the addressee.
    if (found < 0 && addressee.valid() && addressee.end < ce && IsAuxiliary(c.tok(addressee.end)) &&
        !IsAdverb(c.tok(addressee.end))) {
      found = after;
    }
    // "told the BBC he had not read it": a subject pronoun right after
    // the addressee opens the report. (Past a bare time: "told
    // reporters on Thursday he saw …".)
    int past_time = addressee.valid() ? SkipBareTime(c, addressee.end, ce) : -1;
    if (past_time < 0 || past_time >= ce) past_time = addressee.valid() ? addressee.end : -1;
    if (found < 0 && addressee.valid() && past_time + 1 < ce && !c.InQuote(past_time)) {
      const absl::string_view w = c.tok(past_time).lower;
      const Token& v = c.tok(past_time + 1);
      // ("told reporters he thought …": an irregular past or a verb
      // of saying or thinking too.)
      if ((w == "he" || w == "she" || w == "they" || w == "we" || w == "i") &&
          (IsAuxiliary(v) ||
           (v.kind == TokenKind::kWord && !v.capitalized &&
            (absl::EndsWith(v.lower, "ed") || HasFlag(v, kFlagIrregularPast) || v.cue_class != 0)))) {
        found = past_time;
      }
    }
    if (found >= 0) {
      after = found;
    } else {
      if (addressee.valid()) after = addressee.end;
      // "…, the director told Harbour Radio earlier this week.": nothing
      // follows the addressee but a time; the clause before is the report.
      if (set_off) {
        b = sb;
        e = front;
        while (e > b && c.tok(e - 1).IsPunct(",")) --e;
        after = -1;
      }
    }
  }
  if (after >= 0) {
    if (after < ce &&
        (c.tok(after).lower == "that" || c.tok(after).IsPunct(",") || c.tok(after).IsPunct(":"))) {
      that_clause = c.tok(after).lower == "that";
      ++after;
    }
    // "saying, seemingly for the first time, that she would …": an
    // aside set off between the verb and "that" is the story's
    // comment on the report, not part of it.
    if (!that_clause && after > 0 && c.tok(after - 1).IsPunct(",")) {
      for (int k = after + 1; k + 1 < ce && k <= after + 8; ++k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.cue_class != 0 || u.IsPunct(";") || u.IsPunct(":")) break;
        if (u.IsPunct(",")) {
          if (c.tok(k + 1).lower == "that") {
            that_clause = true;
            after = k + 2;
          }
          break;
        }
      }
    }
    b = after;
    e = ce;
    // "the measures, which the daily said might be unveiled soon, …":
    // a report inside a relative clause ends with the clause.
    int sp = cue.speaker.valid() ? cue.speaker.begin : cue.begin;
    // The relative pronoun opens the speaker ("the fund, which says")
    // or stands before it ("the plan, which the paper said").
    if (sp < cue.begin && (c.tok(sp).lower == "which" || c.tok(sp).lower == "who")) ++sp;
    if (sp - 2 >= sb && (c.tok(sp - 1).lower == "which" || c.tok(sp - 1).lower == "who") &&
        (c.tok(sp - 2).IsPunct(",") || c.tok(sp - 2).IsPunct("—") || c.tok(sp - 2).IsPunct("-") ||
         c.tok(sp - 2).IsPunct("–") || c.tok(sp - 2).IsPunct("("))) {
      // ("Rex Marlow (who says Varga is his choice)": in brackets,
      // the clause ends at the closing one.)
      int depth = 0;  // brackets opened inside the clause ("(Apec)")
      for (int k = b; k < e; ++k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k)) continue;
        if (u.IsPunct("(")) ++depth;
        if (u.IsPunct(")") && depth > 0) {
          --depth;
          continue;
        }
        if (u.IsPunct(",") || u.IsPunct("—") || u.IsPunct("-") || u.IsPunct("–") || u.IsPunct(";") ||
            u.IsPunct(")")) {
          e = k;
          break;
        }
      }
    }
  }
  return std::nullopt;
}

// The span an active cue reports ("she said that …", "…, he said", "said Mr Ruiz, …"):
// [b, e) and whether "that" introduced it; false when the cue reports nothing.
bool ActiveReport(const Context& c, const Cue& cue, int sb, int ce, int& b, int& e, bool& that_clause) {
  bool inverted = cue.speaker.valid() && cue.speaker.begin > cue.begin;
  int after_speaker = inverted ? cue.speaker.end : cue.end;
  // "…, Ada Fenwick said Thursday during a tour", "…, he insisted on
  // Monday.": a bare time after the verb says when, not what.
  {
    const int k = SkipBareTime(c, after_speaker, ce);
    if (k > after_speaker && (k >= ce || c.tok(k).IsPunct(",") || c.tok(k).IsPunct(".") ||
                              (IsPreposition(c.tok(k)) && c.tok(k).lower != "that"))) {
      after_speaker = k;
    }
  }
  // "…, she said in a radio address": a phrase that ends the clause is
  // not the report.
  bool trailing_phrase = after_speaker < ce && IsPreposition(c.tok(after_speaker)) &&
                         c.tok(after_speaker).lower != "of" && c.tok(after_speaker).lower != "about" &&
                         SkipPhrase(c, after_speaker, ce) < 0;
  // ("…, local analysts say; in 2010, Varga …": a semicolon ends
  // the clause too.)
  // (And a dash: "…, Okafor allies believe — votes she will need":
  // an aside follows.)
  // ("…, Marta said as she packed up", "…, he said while leaving
  // court": a clause of time after the verb says when, not what.)
  const absl::string_view next = after_speaker < ce ? c.tok(after_speaker).lower : absl::string_view();
  // (After "as", a clause's subject, not "said as many as 400 farms
  // could …", a quantity in what was said.)
  bool as_clause = false;
  if (next == "as" && after_speaker + 1 < ce && !c.InQuote(after_speaker + 1)) {
    const Token& subj = c.tok(after_speaker + 1);
    as_clause = subj.kind == TokenKind::kWord && !IsQuantityHead(subj) &&
                (IsPronoun(subj) || subj.lower == "the" || subj.lower == "his" || subj.lower == "her" ||
                 subj.lower == "their" || (subj.capitalized && !IsFunctionWord(subj)));
  }
  const bool time_clause = after_speaker < ce && !c.InQuote(after_speaker) &&
                           (as_clause || next == "while" || next == "whilst" || next == "when" ||
                            next == "before" || next == "after" || next == "until");
  bool clause_final = after_speaker >= ce || c.tok(after_speaker).IsPunct(",") ||
                      c.tok(after_speaker).IsPunct(".") || c.tok(after_speaker).IsPunct(";") ||
                      c.tok(after_speaker).IsPunct("—") || c.tok(after_speaker).IsPunct("–") ||
                      trailing_phrase || time_clause;
  int front = std::min(cue.begin, cue.speaker.valid() ? cue.speaker.begin : cue.begin);
  // ("…, who want to sell more": a relative clause on the noun before
  // the comma is no attribution of the clause before it.)
  const bool relative_speaker =
      cue.speaker.valid() && cue.speaker.end - cue.speaker.begin == 1 && cue.speaker.begin == front &&
      (c.tok(front).lower == "who" || c.tok(front).lower == "which" || c.tok(front).lower == "that");
  // ("However, economists warned against …", "Meanwhile, analysts
  // warned of …": a sentence adverb before the comma is no clause the
  // cue could report.)
  bool adverb_only = front - 1 > sb && front - 1 <= sb + 2;
  for (int k = sb; k < front - 1 && adverb_only; ++k) {
    const Token& u = c.tok(k);
    adverb_only =
        u.kind == TokenKind::kWord && !c.InQuote(k) &&
        (IsAdverb(u) || absl::EndsWith(u.lower, "ly") || c.lex.InSet(WordSet::kSentenceConnective, u.lower));
  }
  bool set_off = front > sb && !relative_speaker &&
                 !(adverb_only && !inverted && c.tok(front - 1).IsPunct(",")) &&
                 (c.tok(front - 1).IsPunct(",") || c.tok(front - 1).kind == TokenKind::kQuote);
  // "The deal, he said, could collapse": a cue set off by commas inside
  // the clause reports all of it.
  bool parenthetical = !inverted && set_off && after_speaker + 1 < ce && c.tok(after_speaker).IsPunct(",") &&
                       !c.InQuote(after_speaker + 1) && c.tok(front - 1).IsPunct(",");
  // "If bakers want more flour, thinks Mr Pryce, it could mean …":
  // inverted too, when the words before it are a subordinate clause,
  // whose main clause comes after.
  if (!parenthetical && inverted && set_off && after_speaker + 1 < ce && c.tok(after_speaker).IsPunct(",") &&
      !c.InQuote(after_speaker + 1) && c.tok(front - 1).IsPunct(",")) {
    int first = sb;
    if (first + 1 < front && (c.tok(first).lower == "but" || c.tok(first).lower == "and")) ++first;
    parenthetical = !c.InQuote(first) && IsSubordinator(c.tok(first)) && c.tok(first).lower != "that";
    // "By then, says Dr Morrow, kites could become …", "Kites,
    // says Dr Morrow, could become …": so is a clause that goes on after
    // it, with its subject or with the verb whose subject came before
    // (not a description of the speaker, "…, says Jon Smithers, chief
    // economist at the bank", nor a clause of its own, "…, and …").
    const int n = after_speaker + 1;
    const Token& u = c.tok(n);
    if (!parenthetical && u.lower != "that" && u.lower != "who" && u.lower != "which" && u.lower != "and" &&
        u.lower != "but" && u.lower != "or" && !IsSubordinator(u)) {
      parenthetical = (IsAuxiliary(u) && !IsAdverb(u)) || StartsClause(c, n, ce);
    }
  }
  // "the allegations, which Mr. Hale denies, …": the verb's object is
  // the phrase the relative pronoun stands for.
  const bool relative_object = !inverted && front - 2 > sb &&
                               (c.tok(front - 1).lower == "which" || c.tok(front - 1).lower == "that") &&
                               c.tok(front - 2).IsPunct(",") && after_speaker < ce &&
                               c.tok(after_speaker).IsPunct(",");
  if (relative_object) {
    e = front - 2;
    b = e;
    while (b - 1 >= sb && b > e - 6 && c.tok(b - 1).IsWordLike() && !c.InQuote(b - 1) &&
           !IsPreposition(c.tok(b - 1)) && !IsSubordinator(c.tok(b - 1)) &&
           VerbClassOf(c.tok(b - 1)) == CueClass::kNone && c.tok(b - 1).lower != "and") {
      --b;
      if (IsDeterminer(c.tok(b))) break;
    }
  } else if (parenthetical) {
    b = sb;
    e = ce;
  } else if (inverted && cue.begin <= sb + 1 && cue.speaker.begin - 1 > cue.end &&
             c.tok(cue.speaker.begin - 1).IsPunct(",") && !c.InQuote(cue.speaker.begin - 1)) {
    // "Insisting that the vote was fair, the board …", "Worried the
    // town might miss its deadline, the council …": an opening
    // clause whose speaker is the subject after its comma reports the
    // clause, up to that comma.
    b = cue.end;
    if (b < ce && c.tok(b).lower == "that") {
      that_clause = true;
      ++b;
    }
    e = cue.speaker.begin - 1;
  } else if ((inverted || clause_final) && set_off) {
    // "…, officials said." / "…,” said Dunleavy": the clause before.
    b = sb;
    e = front;
    while (e > b && (c.tok(e - 1).IsPunct(",") || c.tok(e - 1).kind == TokenKind::kQuote)) --e;
  } else {
    if (const std::optional<bool> r = ReportAfterVerb(c, cue, sb, ce, front, set_off, b, e, that_clause))
      return *r;
  }
  return true;
}

// The span a passive cue reports ("it is expected that …", "… is believed to be"):
// [b, e); false when the passive is a comparison or the sentence names who holds the view.
bool PassiveReport(const Context& c, const Cue& cue, int sb, int se, int ce, int& b, int& e) {
  // "as near to flawless as could reasonably be hoped", "better
  // than could have been expected", "as might be expected": a
  // comparison with what anyone would expect, no claim.
  if (!cue.speaker.valid()) {
    int p = cue.begin - 1;
    while (p >= sb && !c.InQuote(p) && c.tok(p).kind == TokenKind::kWord &&
           (IsAuxiliary(c.tok(p)) || IsAdverb(c.tok(p)))) {
      --p;
    }
    if (p >= sb && p < cue.begin - 1 && (c.lex.InSet(WordSet::kComparisonWord, c.tok(p).lower))) return false;
  }
  if (!cue.speaker.valid()) {
    // "The bridge is expected to reopen, the agency said": the sentence
    // names who expects it.
    bool sourced = false;
    // The passive in a relative clause ("…, who is expected to speak",
    // "a meeting which Gossard is thought likely to attend") or reduced
    // after a comma ("…, seen as a problem"): an aside about a noun,
    // not the object of a stance before it.
    bool aside = cue.begin - 1 >= sb && c.tok(cue.begin - 1).IsPunct(",");
    for (int k = cue.begin - 1; k >= sb && k >= cue.begin - 5 && !aside; --k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k) || u.kind != TokenKind::kWord || u.cue_class != 0 || IsFiniteAuxiliary(u)) break;
      aside = u.lower == "who" || u.lower == "which" || u.lower == "that";
    }
    for (int k2 : c.cues_in[cue.sentence]) {
      const Cue& other = c.cues[k2];
      // (A stance in a relative clause, "…, which G7 nations have
      // blamed for …", says nothing about who expects it.)
      bool relative = false;
      for (int k = std::max(sb + 1, other.speaker.begin - 2); k <= other.speaker.begin && k < se; ++k) {
        relative |= (c.tok(k).lower == "which" || c.tok(k).lower == "who") && c.tok(k - 1).IsPunct(",");
      }
      // (Nor does a report after a clause of contrast: "It is expected
      // Rovers will bid - but Marsh claims he will not listen".)
      const bool contrast = other.speaker.valid() && other.begin > cue.end &&
                            ContrastBetween(c, cue.end, std::min(other.begin, other.speaker.begin));
      // (Nor the one relayed by this very passive: "Mr Lindqvist is
      // reported as saying" names who spoke, not who reported it.)
      const bool relayed = other.noun && other.begin < cue.end && other.end > cue.begin;
      // (Nor a verb that reports a quote or a colon's words after it:
      // "Looking to the polls, which are expected in May, Mr Pryce
      // said: “…”" credits him the quote, not the expectation.)
      const bool takes_quote =
          other.begin > cue.end &&
          (other.colon ||
           (other.end < se && (c.tok(other.end).IsPunct(":") || c.tok(other.end).kind == TokenKind::kQuote)));
      // (A stance takes a thing, not the proposition: "The plan had been
      // viewed as a risk, particularly after the board agreed to take
      // a fresh look", "The campaign found a leader in Varga, who is
      // expected to speak"; but what a survey found is the survey's: "The
      // FTB found spending is forecast to rise".)
      const absl::string_view ov = c.tok(other.begin).lower;
      const bool finding = c.lex.InSet(WordSet::kSurveyFindingVerb, ov);
      sourced |= !other.passive && other.speaker.valid() && !contrast && !relayed && !takes_quote &&
                 !(other.cls == CueClass::kAttitude &&
                   (relative || (other.begin < cue.begin && aside) || !finding || other.begin > cue.begin));
    }
    if (sourced) return false;
  }
  int after = cue.end;
  if (cue.speaker.valid() && cue.speaker.begin > cue.begin) after = cue.speaker.end;
  // ("has been criticised for cutting its news": the reason criticised
  // is the claim; "for" opens it.)
  // (And the other verbs of blame: "are blamed for hindering Welsh
  // farmers", "was condemned for".)
  const absl::string_view pv = c.tok(cue.end - 1).lower;
  const bool criticised = absl::StartsWith(pv, "critici") || c.lex.InSet(WordSet::kBlameVerb, pv);
  // ("is expected in 2009", "with more signings expected in the coming
  // weeks": a forecast with its time and no infinitive holds the whole
  // proposition; the time phrase may end the sentence.)
  int passive_end = -1;  // the report's end, when a clause of the story's follows the agent
  const bool timed_forecast =
      (c.lex.InSet(WordSet::kForecastParticiple, pv)) && TimePhraseAt(c.a.tokens, after, ce);
  if (after < ce && c.tok(after).lower != "to" && c.tok(after).lower != "of" && !criticised) {
    const int skipped = SkipPhrase(c, after, ce);
    // ("were accused of snobbery by rural groups after figures
    // showed …": after the agent, a clause of time or reason is the
    // story's; the report ends before it.)
    const bool clause_after_agent = skipped < 0 && cue.speaker.valid() && cue.speaker.begin > cue.begin &&
                                    after == cue.speaker.end && IsSubordinator(c.tok(after)) &&
                                    !c.InQuote(after);
    if (clause_after_agent) {
      passive_end = after;
    } else {
      if (skipped < 0 && !timed_forecast) return false;
      after = skipped < 0 ? cue.end : skipped;
    }
  }
  if (after < ce && c.tok(after).lower == "that") ++after;
  if (c.tok(cue.begin).lower == "it") {
    b = after;
  } else {
    b = sb;  // "Zelensky is expected to attend": the whole proposition
    // Of its own clause when one is joined before it: "Fenn looks set
    // to continue … and Arlo Brisk is expected to recover" holds only
    // "Arlo Brisk is expected to recover". (Its subject, a name or a
    // phrase with its article, right after the conjunction.)
    int k = cue.begin - 1;
    while (k > sb && k >= cue.begin - 5 && c.tok(k).kind == TokenKind::kWord && !c.InQuote(k) &&
           c.tok(k).lower != "and" && c.tok(k).lower != "but" && c.tok(k).lower != "while" &&
           c.tok(k).lower != "whereas" && !IsAuxiliary(c.tok(k)) && c.tok(k).cue_class == 0) {
      --k;
    }
    // (A cue at the sentence's first token leaves k before it: no clause.)
    if (k > sb && k < cue.begin - 1 && !c.InQuote(k)) {
      const absl::string_view w = c.tok(k).lower;
      if ((w == "and" || w == "but" || w == "while" || w == "whereas" || c.tok(k).IsPunct(";")) &&
          (c.tok(k + 1).capitalized || IsDeterminer(c.tok(k + 1)) || IsPronoun(c.tok(k + 1)))) {
        b = k + 1;
      }
    }
  }
  e = passive_end >= 0 ? passive_end : ce;
  // "… was widely criticized as hasty, while planning for the
  // festival appeared to be chaotic": a contrast after a comma is a
  // clause of the story's own.
  for (int k = cue.end; k + 1 < ce; ++k) {
    if (c.InQuote(k) || !c.tok(k).IsPunct(",")) continue;
    const absl::string_view w = c.tok(k + 1).lower;
    if (w == "while" || w == "whereas" || w == "although" || w == "though") {
      e = k;
      break;
    }
  }
  return true;
}

// Ends the report [b, e) of a cue before the next cue of its sentence that starts
// a report of its own ("described … and claimed …"); a cue inside the report
// (a passive with no agent, a verb joined to one inside, a relative clause) does not end it.
void EndBeforeNextCue(const Context& c, const Cue& cue, bool that_clause, int b, int& e) {
  for (int k2 : c.cues_in[cue.sentence]) {
    const Cue& other = c.cues[k2];
    if (other.begin <= b || other.begin >= e) continue;
    if (other.begin == cue.begin) continue;
    // A passive with no agent is part of what is reported: "said the
    // plan could be announced soon"; so is a verb joined to one inside the
    // report ("said he had spoken … and expected …").
    if (other.passive && !other.speaker.valid()) continue;
    if (other.coordinated && other.speaker.begin >= b) continue;
    // A report inside a relative clause set off in this one is part of
    // it: "believe the company, which has asked regulators to approve
    // the deal, may offer …", "said the plan, which critics say was
    // rushed, could cost …". (That report ends with its clause.)
    {
      int sp = other.speaker.valid() && other.speaker.begin < other.begin ? other.speaker.begin : other.begin;
      // (Or a restrictive "which" that is itself the speaker: "said she
      // had warned against clubs which believed …".)
      auto relative = [&](int k) {
        return k > b && k < other.begin && (c.tok(k).lower == "which" || c.tok(k).lower == "who") &&
               (c.tok(k - 1).IsPunct(",") || c.tok(k - 1).IsPunct("—") || c.tok(k - 1).IsPunct("–") ||
                (c.tok(k).lower == "which" && other.speaker.begin == k && other.speaker.end == k + 1));
      };
      if (relative(sp) || relative(sp - 1)) continue;
      // So is one in a clause of reason inside it: "charged that he hid
      // the receipts because they seemed to contradict …", "said he was
      // surprised because, not long ago, many people thought …".
      // (Not for a stance without "that": "refused to hold a vote
      // because Liberals are hoping …" gives the reporter's reason.)
      bool reason = false;
      for (int k = sp - 1; k > b && k >= sp - 8 && (cue.cls != CueClass::kAttitude || that_clause); --k) {
        const Token& u = c.tok(k);
        if (u.lower == "because" || u.lower == "since") {
          reason = !c.InQuote(k);
          break;
        }
        if (u.IsPunct(";") || u.IsPunct(":") || u.lower == "and" || u.lower == "but" ||
            u.kind == TokenKind::kQuote || u.cue_class != 0) {
          break;
        }
      }
      if (reason) continue;
      // So is one whose speaker is the object of a preposition in it:
      // "said she had warned against working with clubs which believed
      // …", "accepted that many nurses now worried …". A phrase
      // holds no clause of its own; the inner report is part of the
      // outer one.
      // (Not a part of a group that opens a clause of its own: "…, but
      // several of his former colleagues said …".)
      // So is one in a clause of time or condition inside a report of
      // speech or belief: "said the violation occurred when others posted
      // the files". (Not one of reason or contrast, "as", "although",
      // which may be the story's own: "may want to buy early as experts
      // predict a shortage"; nor inside a stance.)
      auto time_or_condition = [&](const Token& u) {
        return IsSubordinator(u) && cue.cls != CueClass::kAttitude &&
               (u.lower == "when" || u.lower == "if" || u.lower == "after" || u.lower == "before" ||
                u.lower == "once" || u.lower == "until" || u.lower == "unless");
      };
      if (other.speaker.valid() && other.speaker.begin < other.begin && sp - 1 > b && !c.InQuote(sp - 1) &&
          (IsPreposition(c.tok(sp - 1)) || time_or_condition(c.tok(sp - 1)))) {
        int open = sp - 1;
        if (c.tok(open).lower == "of") {
          while (open - 1 > b && open > sp - 5 && c.tok(open - 1).IsWordLike() && !c.InQuote(open - 1) &&
                 !IsPreposition(c.tok(open - 1)) && !IsSubordinator(c.tok(open - 1)) &&
                 c.tok(open - 1).lower != "and" && c.tok(open - 1).lower != "but" &&
                 c.tok(open - 1).lower != "or" && c.tok(open - 1).cue_class == 0) {
            --open;
          }
        }
        const Token& before = c.tok(open - 1);
        bool clause_break = before.IsPunct(",") || before.IsPunct(";") || before.IsPunct("—") ||
                            before.IsPunct("–") || before.kind == TokenKind::kQuote ||
                            before.lower == "and" || before.lower == "but" || before.lower == "or" ||
                            before.lower == "while" || before.lower == "whereas";
        // (Nor one past a clause of contrast or a semicolon: "reported
        // spending $1m, while a new group started by an aide has …".)
        clause_break = clause_break || ContrastBetween(c, b, open);
        for (int k = b; k + 1 < open && !clause_break; ++k) {
          clause_break = !c.InQuote(k) && c.tok(k).IsPunct(",") && c.tok(k + 1).lower == "and";
        }
        if (!clause_break) continue;
      }
    }
    // A stance nested in this report: "Reports said the government
    // wanted the deal". A stance after a clause break ("…, and the
    // minister backed …") still ends it, as does any other report.
    // So is a stance whose holder opens the report ("The council voted
    // to condemn the plan, officials said").
    if (other.cls == CueClass::kAttitude && other.speaker.valid() && other.speaker.begin >= b &&
        other.speaker.begin < other.begin) {
      bool clause_break = false;
      if (other.speaker.begin > b) {
        const Token& before = c.tok(other.speaker.begin - 1);
        clause_break = before.IsPunct(",") || before.IsPunct(";") || before.IsPunct("—") ||
                       before.lower == "and" || before.lower == "but" || before.lower == "while" ||
                       before.lower == "whereas";
      }
      if (!clause_break) continue;
    }
    int stop = other.speaker.valid() && other.speaker.begin < other.begin && other.speaker.begin > b
                   ? other.speaker.begin
                   : other.begin;
    // The next report's clause opens at a break before its speaker: "a
    // loss of $1m, while a group started by an aide has said …" ends
    // before "while", whatever the speaker found.
    for (int k = b + 1; k + 1 < stop; ++k) {
      if (c.InQuote(k)) continue;
      const absl::string_view w = c.tok(k + 1).lower;
      if (c.tok(k).IsPunct("(")) {  // "($2.2bn; £1.1bn)": a semicolon in brackets
        while (k + 1 < stop && !c.tok(k).IsPunct(")")) ++k;
        continue;
      }
      // (A dash before the contrast as well: "… smearing her record — while
      // her backers have accused …".)
      if (c.tok(k).IsPunct(";") ||
          ((c.tok(k).IsPunct(",") || c.tok(k).IsPunct("—") || c.tok(k).IsPunct("–") ||
            (c.tok(k).IsPunct("-") && c.tok(k).space_before)) &&
           (w == "while" || w == "whereas" || w == "but"))) {
        stop = k;
        break;
      }
    }
    while (stop > b &&
           (c.tok(stop - 1).IsPunct(",") || c.tok(stop - 1).IsPunct("-") || c.tok(stop - 1).IsPunct("–") ||
            c.tok(stop - 1).IsPunct("—") || c.tok(stop - 1).lower == "and" ||
            c.tok(stop - 1).lower == "but" || c.tok(stop - 1).lower == "or")) {
      --stop;
    }
    // "also claimed that she asked to be examined": a report that opens the
    // content is what is claimed, not its end.
    const int opens = other.speaker.valid() && other.speaker.begin < other.begin && other.speaker.begin >= b
                          ? std::min(stop, other.speaker.begin)
                          : stop;
    bool words = false;
    for (int k = b; k < opens && !words; ++k) words = c.tok(k).IsWordLike() && c.tok(k).lower != "that";
    // ("said that first reviews of … seemed to imply …": a modifier the
    // speaker's phrase left out still opens the content with it.)
    if (words && opens == other.speaker.begin && opens - b <= 3 && !IsPronoun(c.tok(opens))) {
      bool modifiers = true;
      for (int k = b; k < opens && modifiers; ++k) {
        const Token& u = c.tok(k);
        modifiers = (u.lower == "that" && k == b) ||
                    (u.kind == TokenKind::kWord && !c.InQuote(k) && !IsPreposition(u) && !IsAuxiliary(u) &&
                     !IsSubordinator(u) && !IsPronoun(u) && !IsPossessivePronoun(u) && !IsQuestionWord(u) &&
                     u.lower != "whose" && u.lower != "whom" && u.cue_class == 0 && u.lower != "and" &&
                     u.lower != "but" && u.lower != "or");
      }
      if (modifiers) continue;
    }
    if (!words) continue;
    e = std::min(e, stop);
  }
}

// Ends the report [b, e) that follows its cue at the reporter's own aside:
// "but" or "though" and a clause of the story's ("…, but offered no evidence").
void EndAtAside(const Context& c, const Cue& cue, int b, int& e) {
  for (int i = b + 1; i + 1 < e && e > cue.begin; ++i) {
    // "proposed a meeting but did not name a date"
    if (c.tok(i).lower == "but" && !c.InQuote(i) &&
        (IsAuxiliary(c.tok(i + 1)) || absl::EndsWith(c.tok(i + 1).lower, "ed"))) {
      // (Not inside a relative clause: "officials who get a vote but are
      // not bound by it created a barrier" joins the relative's verbs.)
      bool relative = false;
      for (int k = i - 1; k > b && k >= i - 15; --k) {
        const Token& u = c.tok(k);
        if (c.InQuote(k) || u.IsPunct(",") || u.IsPunct(";") || u.kind == TokenKind::kQuote) break;
        if (u.lower == "who" || u.lower == "which") {
          relative = true;
          break;
        }
      }
      if (!relative) {
        e = i;
        break;
      }
    }
    if (!c.tok(i).IsPunct(",") || c.InQuote(i)) continue;
    absl::string_view w = c.tok(i + 1).lower;
    // ("said Varga, despite her fame, is better placed": a phrase set
    // off by commas before the clause's own verb is inside the report.)
    {
      int k = i + 2;
      while (k < e && k < i + 12 && !c.tok(k).IsPunct(",") && !c.InQuote(k)) ++k;
      if (k + 1 < e && c.tok(k).IsPunct(",") && k > i + 2 &&
          ((IsAuxiliary(c.tok(k + 1)) && !IsAdverb(c.tok(k + 1))) || IsBe(c.tok(k + 1)))) {
        i = k - 1;
        continue;
      }
    }
    // "…, however, appearing to lean on …", "…, seeming to blame …": a
    // connective of the story's own, or a phrase on how the speaker came
    // across, after the report.
    // (Not before the clause's own verb: "said the plan, however, would
    // not be dropped".)
    if ((w == "however" && i + 3 < e && c.tok(i + 2).IsPunct(",") &&
         !((IsAuxiliary(c.tok(i + 3)) && !IsAdverb(c.tok(i + 3))) || IsBe(c.tok(i + 3)))) ||
        ((c.lex.InSet(WordSet::kAppearanceParticiple, w)) && i + 2 < e && c.tok(i + 2).lower == "to")) {
      e = i;
      break;
    }
    if (w == "though" || w == "although" || w == "whereas" || w == "despite" ||
        (w == "even" && i + 2 < e && c.tok(i + 2).lower == "though") ||
        (w == "but" && i + 2 < e &&
         (IsPronoun(c.tok(i + 2)) || VerbClassOf(c.tok(i + 2)) != CueClass::kNone ||
          c.lex.InSet(WordSet::kButGivingVerb, c.tok(i + 2).lower)))) {
      e = i;
      break;
    }
  }
}

// For a cue that introduces or follows a quote: false when the quote is the
// report (the words of the clause outside it, the speaker's paraphrase, are
// recorded as reported), true when words of the clause follow the quote and the
// claim is the whole clause ("claimed “most issues” were settled").
bool ReportsMoreThanItsQuote(Context& c, const Cue& cue, int sb, int se, int b, int e) {
  // The cue introduces or follows a quote: the quote is the report, unless
  // words follow it inside the clause ("claimed “most issues” were settled").
  int q_end = -1;
  for (int i = b; i < e; ++i) {
    if (c.InQuote(i))
      q_end = i;
    else if (c.tok(i).IsWordLike())
      break;
  }
  bool words_after = false;
  if (q_end >= 0) {
    for (int i = q_end + 1; i < e; ++i) words_after |= c.tok(i).IsWordLike() && !c.InQuote(i);
  }
  bool quote_first = q_end >= 0;
  int front = cue.speaker.valid() ? std::min(cue.begin, cue.speaker.begin) : cue.begin;
  bool quote_before_cue =
      front > sb &&
      (c.tok(front - 1).kind == TokenKind::kQuote ||
       (c.tok(front - 1).IsPunct(",") && front - 2 >= sb && c.tok(front - 2).kind == TokenKind::kQuote));
  int after = cue.speaker.valid() ? std::max(cue.end, cue.speaker.end) : cue.end;
  while (after < se && (c.tok(after).IsPunct(",") || c.tok(after).IsPunct(":"))) ++after;
  bool quote_after_cue = after < se && c.tok(after).kind == TokenKind::kQuote;
  // Words of the content outside quotes, before the first quote and after the last.
  int before_words = 0, after_words = 0, last_q = -1, first_q = -1;
  for (int i = b; i < e; ++i) {
    if (c.InQuote(i)) {
      if (first_q < 0) first_q = i;
      last_q = i;
    }
  }
  for (int i = b; i < e; ++i) {
    if (!c.tok(i).IsWordLike() || c.InQuote(i)) continue;
    if (first_q < 0 || i < first_q)
      ++before_words;
    else if (i > last_q)
      ++after_words;
  }
  bool short_lead = first_q >= 0 && before_words <= 5 && after_words == 0;
  if ((quote_first && !words_after) || (b < cue.begin && (quote_before_cue || quote_after_cue)) ||
      (quote_before_cue && b > cue.begin) || short_lead) {
    // The quote is the report. Words of the clause outside it are the
    // speaker's, paraphrased ("Varga could “do something,” said X",
    // "Greens say a Liberal vote could “let the Unionists in”").
    if (before_words + after_words > 0) c.a.reported.push_back(c.TokSpan(b, e));
    return false;
  }
  return true;
}

// Ends a stance's object that has no clause of its own at the first comma or
// dash outside quotes and brackets ("refused to endorse Varga, in what …");
// not the object of a wish, a plan or a proposal, which is all of it.
void EndStanceObject(const Context& c, const Cue& cue, bool that_clause, int b, int& e) {
  if (cue.cls == CueClass::kAttitude && !that_clause && b >= cue.end && e > b &&
      !c.lex.StartsWithSetMember(WordSet::kWishStem, c.tok(cue.begin).lower)) {
    int depth = 0;
    for (int k = b; k < e; ++k) {
      const Token& u = c.tok(k);
      if (c.InQuote(k)) continue;
      if (u.IsPunct("(")) ++depth;
      if (u.IsPunct(")") && depth > 0) --depth;
      if (depth == 0 && k > b && (u.IsPunct(",") || u.IsPunct("—") || u.IsPunct("–"))) {
        // (Not when the object alone is no proposition and the whole is
        // one: "blasted Varga, who had given her own speech" stays a
        // stance.)
        if (cue.passive || cue.used_by_quote || AssertsContent(c, cue, b, k) ||
            !AssertsContent(c, cue, b, e)) {
          e = k;
        }
        break;
      }
    }
  }
}

void FindClaims(Context& c) {
  const auto& st = c.a.sentence_tokens;
  for (size_t k = 0; k < c.cues.size() && !c.Expired(); ++k) {
    const Cue& cue = c.cues[k];
    const int sb = st[cue.sentence].first, se = st[cue.sentence].second;
    const int ce = ContentEnd(c, sb, se);
    // "Valley Courier quoted Minister Varga as saying": the relayed words are a
    // quote's; the cue reports no clause of its own.
    if (cue.relay >= 0 || cue.noun) continue;
    // "Observes Mr Lindqvist: “…”": the verb, its speaker, then the colon; the
    // quote after the colon is what is said.
    if (!cue.colon && cue.speaker.valid() && cue.speaker.begin == cue.end && cue.speaker.end < se &&
        c.tok(cue.speaker.end).IsPunct(":")) {
      continue;
    }
    int b = -1, e = -1;
    bool that_clause = false;  // the report was introduced by "that"
    if (cue.colon) {
      if (cue.used_by_quote || c.InQuote(cue.end)) continue;
      b = cue.end;
      e = ce;
    } else if (cue.according) {
      // "…, according to him, Tarn’s network cut his report": a short
      // lead-in, then the report after the source.
      int lead = 0;
      for (int k = sb; k < cue.begin; ++k) lead += c.tok(k).IsWordLike();
      const Token& first = c.tok(sb);
      bool adverbial_lead = IsPreposition(first) || IsAdverb(first) || IsSubordinator(first) ||
                            first.lower == "but" || first.lower == "and" || first.lower == "in";
      bool report_after = cue.speaker.valid() && cue.speaker.end < ce &&
                          c.tok(cue.speaker.end).IsPunct(",") && lead <= 4 && adverbial_lead;
      if (cue.begin == sb || (cue.begin == sb + 1 && !c.tok(sb).IsWordLike()) || report_after) {
        b = cue.speaker.end;
        while (b < ce && c.tok(b).IsPunct(",")) ++b;
        e = ce;
      } else {
        b = sb;
        e = cue.begin;
        while (e > b && c.tok(e - 1).IsPunct(",")) --e;
      }
    } else if (cue.passive && c.tok(cue.end - 1).lower == "asked") {
      // "Asked if she was ever homesick, she said …": a question put to the
      // speaker asserts nothing (the answer is the report). Its words are
      // not the newsroom's either.
      int qe = cue.end;
      while (qe < ce && !c.tok(qe).IsPunct(",")) ++qe;
      if (qe > cue.end) c.a.reported.push_back(c.TokSpan(cue.end, qe));
      continue;
    } else if (cue.passive) {
      if (!PassiveReport(c, cue, sb, se, ce, b, e)) continue;
    } else {
      if (!ActiveReport(c, cue, sb, ce, b, e, that_clause)) continue;
    }
    if (b >= ce && se > sb && c.tok(se - 1).IsPunct(":") && !cue.used_by_quote &&
        cue.sentence + 1 < static_cast<int>(st.size())) {
      // "Harbour Online responded:" and the statement as the next paragraph.
      const auto& sents = c.a.segmentation.sentences;
      int ns = cue.sentence + 1;
      int para = sents[ns].paragraph;
      int last = ns;
      while (last + 1 < static_cast<int>(sents.size()) && sents[last + 1].paragraph == para) ++last;
      b = st[ns].first;
      e = ContentEnd(c, st[last].first, st[last].second);
    }
    // A report inside an opening clause ends with that clause: "while most
    // of her rivals called for a bigger budget, Okafor hewed …".
    if (b >= 0 && e > b && cue.begin > sb) {
      const int clause_end = ClauseHolding(c, sb, se, cue.begin).end;
      if (b < clause_end && e > clause_end) e = clause_end;
    }
    if (b < 0) continue;
    // A stance's object with no clause of its own ends at the first comma
    // outside quotes and brackets: "refused to endorse Varga, in what
    // appeared to be …", "oppose cutting off funds, a new poll finds, a
    // debate that is likely to …": what follows is the story's.
    // (Not what is proposed, planned or wanted: all of it is the plan,
    // "proposes “quiet zones”, which … could impose speed limits", "plans to
    // back, in some form, at least 40 schools … and perhaps
    // beyond".)
    EndStanceObject(c, cue, that_clause, b, e);
    // Not asserted, but not the newsroom's words either.
    if (!cue.passive && !cue.used_by_quote && !AssertsContent(c, cue, b, e)) {
      c.a.reported.push_back(c.TokSpan(b, std::max(b, std::min(e, ce))));
      continue;
    }
    // Stop before the next cue of the sentence ("described … and claimed …").
    EndBeforeNextCue(c, cue, that_clause, b, e);
    // The reporter's own aside ends the report: "…, though he did not
    // provide details", "…, but offered no evidence". (Not in a report
    // that comes before its cue: "Though the plan may work, it is weak, the
    // minister said" credits the whole clause to the minister.)
    EndAtAside(c, cue, b, e);
    // "He denied that, saying …": what is denied is named by a pronoun.
    if (cue.cls == CueClass::kDenial && b == cue.end + 1 && c.tok(cue.end).lower == "that" &&
        (b >= ce || c.tok(b).IsPunct(","))) {
      b = cue.end;
      e = cue.end + 1;
    }
    // One word is a report only as the name a stance is about ("endorsed
    // Varga") or the thing denied ("denied that").
    if (e - b < 1 || (e - b == 1 && !(cue.cls == CueClass::kAttitude && c.tok(b).capitalized) &&
                      !(cue.cls == CueClass::kDenial && b == cue.end))) {
      continue;
    }
    if (OnlyPunctOrQuote(c, b, e)) {
      // The quote is the content, and its attribution says who said it —
      // unless another cue took it: "Early surveys suggest that “…”, Ms
      // Arkwright says" still reports what the surveys suggest.
      bool taken = false;
      for (int i = b; i < e && !taken; ++i) {
        int qi = c.a.token_quote[i];
        if (qi < 0) continue;
        const Attribution& at = c.a.quotes[qi].attribution;
        taken = at.has_cue && !at.inherited && at.cue_span.start != c.tok(cue.begin).span.start;
      }
      if (!taken || cue.used_by_quote) continue;
    }
    // A phrase, not a proposition: "in a radio address", "at The Harbour
    // Post" (but "said that for one, …" is a clause).
    // Nor is "to" followed by a noun phrase: "agreed to the changes",
    // "referring to Mrs Varga's account", "talking to them" (an
    // infinitive, "agreed to pay", is a commitment the cue reports).
    if (!that_clause && b > cue.begin && c.tok(b).lower == "to" && b + 1 < e && !c.InQuote(b + 1)) {
      const Token& n = c.tok(b + 1);
      if (IsDeterminer(n) || IsPossessivePronoun(n) || n.kind == TokenKind::kNumber ||
          n.kind == TokenKind::kQuote || (n.capitalized && n.lower != "i") ||
          (IsPronoun(n) && IsObjectWord(n))) {
        continue;
      }
    }
    if (!that_clause && b > cue.begin && IsPreposition(c.tok(b)) && c.tok(b).lower != "to" &&
        !(cue.cls != CueClass::kNeutral && (c.tok(b).lower == "of" || c.tok(b).lower == "about" ||
                                            c.tok(b).lower == "against" || c.tok(b).lower == "to"))) {
      continue;
    }
    if (cue.used_by_quote) {
      if (!ReportsMoreThanItsQuote(c, cue, sb, se, b, e)) continue;
    }
    Claim cl;
    cl.content = c.TokSpan(b, e);
    for (int qi : c.quotes_in[cue.sentence]) {
      Quote& q = c.a.quotes[qi];
      if (q.kind == QuoteKind::kPartial && q.claim < 0 && q.attribution.has_cue &&
          q.attribution.cue_span == MakeAttribution(c, static_cast<int>(k)).cue_span &&
          q.span.start >= cl.content.start && q.span.end <= cl.content.end) {
        q.claim = static_cast<int>(c.a.claims.size());
      }
    }
    cl.sentence = cue.sentence;
    cl.attribution = MakeAttribution(c, static_cast<int>(k));
    cl.agentless = !cue.speaker.valid();
    c.claims_in[cl.sentence].push_back(static_cast<int>(c.a.claims.size()));
    c.a.claims.push_back(cl);
  }
}

// Content the story reports without asserting it and without a cue of its
// own: the clause of a stance noun ("fears that the strike could spread",
// "the claim that the vote was rigged", "amid hopes the talks will resume")
// and indirect questions ("questioned whether custody could be avoided").
void FindReportedContent(Context& c) {
  const auto& st = c.a.sentence_tokens;
  // Only the sentences holding a stance noun or "whether", each once.
  int s_done = -1;
  for (int head : c.lists.clause_heads) {
    const int s = c.token_sentence[head];
    if (s <= s_done) continue;
    s_done = s;
    const int sb = st[s].first, se = st[s].second;
    const int ce = ContentEnd(c, sb, se);
    for (int i = head; i + 1 < ce; ++i) {
      if (c.tok(i).lower == "whether" && !c.InQuote(i)) {
        // An indirect question asserts nothing: "asked whether the deal
        // could survive".
        int e = i + 1;
        while (e < ce && !c.tok(e).IsPunct(";") && !c.tok(e).IsPunct("—")) ++e;
        if (e > i + 1) c.a.reported.push_back(c.TokSpan(i + 1, e));
        i = e - 1;
        continue;
      }
      if (!IsStanceNoun(c.tok(i)) || c.InQuote(i)) continue;
      int b = i + 1;
      // "concerns, even inside her own cabinet, that it might …": a
      // phrase set off by commas between the noun and its clause.
      if (b + 2 < ce && c.tok(b).IsPunct(",")) {
        int k = b + 1;
        while (k < ce && k < b + 10 && !c.tok(k).IsPunct(",") && !c.tok(k).IsPunct(";") && !c.InQuote(k) &&
               c.tok(k).cue_class == 0) {
          ++k;
        }
        if (k + 1 < ce && c.tok(k).IsPunct(",") && c.tok(k + 1).lower == "that" && k > b + 1) b = k + 1;
        // "Varga's argument, that Okafor might be indebted …": the clause
        // set off by a comma of its own.
        if (b + 1 < ce && c.tok(b + 1).lower == "that" && !c.InQuote(b + 1)) b = b + 1;
      }
      // "Speculation is mounting that …", "fears have grown that …".
      // "Worries have also been voiced by tenants that …": a passive of
      // voicing, and who voiced them, between the noun and its clause.
      bool wh = false;
      for (int k = b; k < ce && k < b + 6; ++k) {
        const Token& u = c.tok(k);
        if (u.lower == "that") {
          b = k;
          break;
        }
        if (u.lower == "by" && k > b && absl::EndsWith(c.tok(k - 1).lower, "ed")) {
          int j = k + 1;
          // (A plural possessive, "teachers' unions", or a scare quote,
          // "“pro-choice” groups", is part of it; a comma or a cue ends it.)
          while (j < ce && j < k + 9 && c.tok(j).cue_class == 0 && c.tok(j).lower != "that" &&
                 !c.tok(j).IsPunct(",") && !c.tok(j).IsPunct(";") && !c.tok(j).IsPunct(":") &&
                 !c.tok(j).IsPunct(".") && !c.tok(j).IsPunct("?") && !c.tok(j).IsPunct("!")) {
            ++j;
          }
          if (j < ce && j > k + 1 && c.tok(j).lower == "that") b = j;
          break;
        }
        // "Doubts exist over how much the firm may have to pay", "questions
        // about why …": what the doubt is about, an indirect question.
        // ("Speculation about who will lead seems to …": a noun opening the
        // sentence with its question is the subject, the rest the story's.)
        auto opens = [&](int j) { return j < sb || c.tok(j).kind == TokenKind::kPunct; };
        const bool subject = opens(i - 1) || (IsDeterminer(c.tok(i - 1)) && opens(i - 2));
        if ((u.lower == "over" || u.lower == "about" || u.lower == "as") && k + 1 < ce &&
            (!subject || k > i + 1)) {
          int w = k + 1;
          if (u.lower == "as" && c.tok(w).lower == "to") ++w;
          // (Not "if": "about if" is no question; "whether" is reported below anyway.)
          if (w < ce && IsQuestionWord(c.tok(w)) && c.tok(w).lower != "if" && c.tok(w).lower != "whether") {
            b = w;
            wh = true;
          }
          break;
        }
        if (!(IsAuxiliary(u) || IsAdverb(u) ||
              (u.kind == TokenKind::kWord && !u.capitalized &&
               (absl::EndsWith(u.lower, "ing") || absl::EndsWith(u.lower, "ed") ||
                c.lex.InSet(WordSet::kSpreadWord, u.lower) ||
                // "doubts remain over how …"
                c.lex.InSet(WordSet::kPersistenceVerb, u.lower))))) {
          break;
        }
      }
      // "the big worry for many on the Liberal benches now is that …", "The
      // concern among analysts is that …": the noun as a subject, a phrase
      // of whose it is, then "is that" and the clause it names.
      if (c.tok(b).lower != "that" && !wh) {
        for (int k = i + 1; k + 1 < ce && k <= i + 10; ++k) {
          const Token& u = c.tok(k);
          if (c.InQuote(k) || !u.IsWordLike() || u.cue_class != 0) break;
          if ((c.lex.InSet(WordSet::kThatCopula, u.lower)) && c.tok(k + 1).lower == "that") {
            b = k + 1;
            break;
          }
          if (IsAuxiliary(u) && !IsAdverb(u)) break;
        }
      }
      if (c.tok(b).lower == "that") {
        ++b;
      } else if (!wh && !StartsClause(c, b, ce)) {
        continue;
      }
      int e = b;
      while (e < ce && !c.tok(e).IsPunct(";")) ++e;
      if (e > b) c.a.reported.push_back(c.TokSpan(b, e));
      i = e - 1;
    }
  }
  // "fool itself into believing that he might …", "tricked into
  // thinking that": a belief in its -ing form, whoever holds it, reports its
  // clause (to the next comma); the newsroom does not assert it. (Not a
  // condition, "Assuming that Okafor wins, she might …": the story's own
  // supposition, whose main clause follows.)
  for (int s = 0; s < static_cast<int>(st.size()); ++s) {
    const int sb = st[s].first, se = st[s].second;
    for (int i = sb; i + 2 < se; ++i) {
      const Token& t = c.tok(i);
      if (VerbClassOf(t) != CueClass::kBelief || !absl::EndsWith(t.lower, "ing") || c.InQuote(i) ||
          c.tok(i + 1).lower != "that" || c.lex.InSet(WordSet::kSuppositionParticiple, t.lower)) {
        continue;
      }
      int e = i + 2;
      while (e < se && !c.tok(e).IsPunct(";") && !c.tok(e).IsPunct(",") && !c.InQuote(e)) ++e;
      c.a.reported.push_back(c.TokSpan(i + 2, e));
      i = e - 1;
    }
  }
  // "In their view, Liberals could …", "In the view of many analysts,
  // …", "In his opinion, …": a sentence framed as someone's view reports it.
  for (int s = 0; s < static_cast<int>(st.size()); ++s) {
    const int sb = st[s].first, se = st[s].second;
    if (se - sb < 5 || c.tok(sb).lower != "in" || c.InQuote(sb)) continue;
    for (int k = sb + 2; k < se - 1 && k <= sb + 8; ++k) {
      if (!c.tok(k).IsPunct(",")) continue;
      bool framed = c.lex.InSet(WordSet::kViewNoun, c.tok(k - 1).lower) &&
                    (IsPossessivePronoun(c.tok(sb + 1)) || IsPossessive(c.tok(k - 2).text));
      for (int j = sb + 1; j + 1 < k && !framed; ++j) {
        framed = c.tok(j).lower == "the" && c.lex.InSet(WordSet::kViewNoun, c.tok(j + 1).lower) &&
                 j + 2 < k && c.tok(j + 2).lower == "of";
      }
      if (framed) c.a.reported.push_back(c.TokSpan(k + 1, se));
      break;
    }
  }
  FindPersonalVoice(c);
  std::sort(c.a.reported.begin(), c.a.reported.end(),
            [](const Span& x, const Span& y) { return x.start < y.start; });
}

// A columnist's or readers' paragraphs ("Your comments" after a BBC story,
// a guest column): from the first paragraph in the first person (outside
// quotes) to the end of the story, when at least three and three in ten of
// those paragraphs are in the first person and none is long (about 150
// words). Their words are not the newsroom's. A reporter who writes as an
// interviewer ("she told me", "I asked him") is the newsroom in the first
// person: such a story is left alone.
void FindPersonalVoice(Context& c) {
  const auto& paras = c.a.segmentation.paragraphs;
  const auto& sents = c.a.segmentation.sentences;
  const size_t n = paras.size();
  if (c.lists.first_person.size() < 3 || n < 3) return;
  std::vector<int> first_person(n, 0);
  for (int i : c.lists.first_person) {
    if (c.InQuote(i)) continue;
    const Token& t = c.tok(i);
    int s = c.token_sentence[i];
    const auto [first, end] = c.a.sentence_tokens[s];
    bool interviewer =
        (t.lower == "me" && i > first && c.tok(i - 1).cue_class != 0) ||
        (t.text == "I" && i + 1 < end && (c.lex.InSet(WordSet::kInterviewingVerb, c.tok(i + 1).lower)));
    if (interviewer) return;
    first_person[sents[s].paragraph] = 1;
  }
  constexpr size_t kLongParagraphBytes = 900;
  // Suffix counts: paragraphs in the first person from p on, and whether
  // a long paragraph in the third person lies ahead.
  std::vector<int> personal_from(n + 1, 0);
  std::vector<bool> long_from(n + 1, false);
  for (size_t p = n; p-- > 0;) {
    personal_from[p] = personal_from[p + 1] + first_person[p];
    long_from[p] = long_from[p + 1] || (!first_person[p] && paras[p].span.size() >= kLongParagraphBytes);
  }
  for (size_t p = 0; p < n; ++p) {
    if (!first_person[p] || long_from[p]) continue;
    int personal = personal_from[p];
    if (personal >= 3 && personal * 10 >= static_cast<int>(n - p) * 3) {
      for (size_t k = p; k < n; ++k) c.a.reported.push_back(paras[k].span);
      break;
    }
  }
}

}  // namespace extractors_internal
}  // namespace claimcheck
