// Closed-class word tests shared by the extractors (determiners, auxiliaries,
// prepositions...). These are grammar, not vocabulary: the open-class lists
// (verbs, titles, nouns, places) are data in extractors/lexicons/.
#ifndef CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_
#define CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_

#include <vector>

#include "absl/strings/string_view.h"
#include "extractors/lexicon.h"
#include "extractors/tokens.h"

namespace claimcheck {
namespace extractors_internal {

// Fills flags and cue_class for every token (once per document).
void ClassifyTokens(const Lexicons& lex, std::vector<Token>* tokens);

bool IsDeterminer(absl::string_view lower);
bool IsPossessivePronoun(absl::string_view lower);
bool IsAuxiliary(absl::string_view lower);
bool IsBe(absl::string_view lower);
bool IsAdverb(const Token& t);  // "also", "later", -ly words
bool IsPreposition(absl::string_view lower);
bool IsSubordinator(absl::string_view lower);  // as, while, when, although...
// Lowercase words that are never part of a name even when capitalised at the
// start of a sentence ("The", "However").
bool IsFunctionWord(absl::string_view lower);
bool IsMonth(absl::string_view word);  // "May", "Sept"
bool IsWeekday(absl::string_view word);  // "Friday", "Tues"
// Quantities that head a speaker phrase: "47 percent", "half", "six in 10".
bool IsQuantityHead(const Token& t);
// Ends in 's or ’s.
bool IsPossessive(absl::string_view word);

}  // namespace extractors_internal
}  // namespace claimcheck

#endif  // CLAIMCHECK_EXTRACTORS_INTERNAL_WORDS_H_
