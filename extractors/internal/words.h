// Word-class tests shared by the extractors. Each is one bit of Token::flags,
// set by ClassifyTokens with a single lookup per token, so the hot loops test
// bits rather than hash sets. The closed classes (determiners, auxiliaries,
// prepositions...) are grammar and listed in extractors/lexicon.cc; the open
// classes (verbs, titles, nouns, places) are data in extractors/lexicons/.
#ifndef CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_
#define CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/lexicon.h"
#include "extractors/tokens.h"

namespace claimcheck {
namespace extractors_internal {

// Tokens a later pass looks for, listed while they are classified so that
// pass reads a handful of tokens, not all of them.
struct TokenLists {
  std::vector<int> first_person;  // "I", "me", "my" (a lowercase "i" left out)
  std::vector<int> clause_heads;  // stance nouns ("fears (that …)") and "whether"
};

// Fills flags, cue_class and pronoun for every token (once per document)
// and the lists.
void ClassifyTokens(const Lexicons& lex, std::vector<Token>* tokens, TokenLists* lists);

inline bool HasFlag(const Token& t, uint64_t flag) { return (t.flags & flag) != 0; }

inline bool IsDeterminer(const Token& t) { return HasFlag(t, kFlagDeterminer); }
inline bool IsPossessivePronoun(const Token& t) { return HasFlag(t, kFlagPossessivePronoun); }
inline bool IsAuxiliary(const Token& t) { return HasFlag(t, kFlagAuxiliary); }
inline bool IsBe(const Token& t) { return HasFlag(t, kFlagBe); }
// has, will, could: an auxiliary that carries a clause (not "also", "first").
inline bool IsFiniteAuxiliary(const Token& t) { return HasFlag(t, kFlagFiniteAuxiliary); }
// "also", "later", -ly words; lowercase words only.
inline bool IsAdverb(const Token& t) { return HasFlag(t, kFlagAdverb); }
inline bool IsPreposition(const Token& t) { return HasFlag(t, kFlagPreposition); }
// as, while, when, although, though...
inline bool IsSubordinator(const Token& t) { return HasFlag(t, kFlagSubordinator); }
// Words that are never part of a name even when capitalised at the start of
// a sentence ("The", "However").
inline bool IsFunctionWord(const Token& t) { return HasFlag(t, kFlagFunctionWord); }
// Quantities that head a speaker phrase: "47 percent", "half", "six in 10".
inline bool IsQuantityHead(const Token& t) {
  return t.kind == TokenKind::kNumber || HasFlag(t, kFlagQuantityHead);
}
// Verbs that report speech whatever follows them (say, tell, ask).
inline bool IsStrongVerb(const Token& t) { return HasFlag(t, kFlagStrongVerb); }
// Objects a "claim" verb takes when it does not report speech ("the storm
// has claimed dozens of lives", "claimed victory").
inline bool IsClaimObject(const Token& t) { return HasFlag(t, kFlagClaimObject); }
inline bool IsNounDeterminer(const Token& t) { return HasFlag(t, kFlagNounDeterminer); }
// Lowercase particles inside names: "Bank of England", "Pieter van der Molen".
inline bool IsNameJoiner(const Token& t) { return HasFlag(t, kFlagNameJoiner); }
// Roles that a definite description can use for someone already named.
inline bool IsAnaphoricHead(const Token& t) { return HasFlag(t, kFlagAnaphoricHead); }
inline bool IsPersonKind(const Token& t) { return HasFlag(t, kFlagPersonKind); }
// Verbs whose first complement is the person addressed ("told reporters").
inline bool TakesAddressee(const Token& t) { return HasFlag(t, kFlagTakesAddressee); }
// Verbs whose object is itself what is reported ("announced his resignation").
inline bool TakesPropositionalObject(const Token& t) { return HasFlag(t, kFlagPropositionalObject); }
inline bool IsQuestionWord(const Token& t) { return HasFlag(t, kFlagQuestionWord); }
inline bool IsConditional(const Token& t) { return HasFlag(t, kFlagConditional); }
inline bool IsMagnitude(const Token& t) { return HasFlag(t, kFlagMagnitude); }
inline bool IsNumberWord(const Token& t) { return HasFlag(t, kFlagNumberWord); }
// Objects and particles a stance verb takes: "criticized him", "called for".
inline bool IsObjectWord(const Token& t) { return HasFlag(t, kFlagObjectWord); }
inline bool IsIrregularPast(const Token& t) { return HasFlag(t, kFlagIrregularPast); }

// Lexicon classes.
inline bool IsPronoun(const Token& t) { return HasFlag(t, kFlagPronoun); }
inline PronounKind PronounOf(const Token& t) { return static_cast<PronounKind>(t.pronoun - 1); }
inline bool IsSpeakerNoun(const Token& t) { return HasFlag(t, kFlagSpeakerNoun); }
inline bool IsStanceNoun(const Token& t) { return HasFlag(t, kFlagStanceNoun); }
inline bool IsStanceAdjective(const Token& t) { return HasFlag(t, kFlagStanceAdjective); }
inline bool IsTitleWord(const Token& t) { return HasFlag(t, kFlagTitle); }
inline CueClass VerbClassOf(const Token& t) { return static_cast<CueClass>(t.cue_class); }
// "Mr", "Gen", "Sen" as written (case matters: "GEN" is not a title).
inline bool IsTitleAbbreviation(const Lexicons& lex, const Token& t) {
  return HasFlag(t, kFlagMaybeTitleAbbreviation) && lex.title_abbreviations.contains(t.text);
}

// "May", "Sept", "Friday", "Tues" as written: capitalised, the rest in
// lowercase ("MAY" is not a month here).
bool IsMonth(const Token& t);
bool IsWeekday(const Token& t);
// A preposition at k opening a phrase of time ("in 2006", "on 6 January",
// "for May", "in the coming weeks", "by the end of the year", "this
// year"), within [k, end).
bool TimePhraseAt(const std::vector<Token>& tokens, int k, int end);
// Ends in 's or ’s.
bool IsPossessive(absl::string_view word);
// The word without a final 's or ’s ("Heineken's" -> "Heineken").
absl::string_view PossessiveStem(absl::string_view word);
// Two or more parts joined by hyphens, each opening with a capital letter
// ("Israeli-Palestinian", "US-China"; not "Anglo-french", "X-", "Al-").
bool CapitalisedCompound(absl::string_view word);

}  // namespace extractors_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_
