#include "extractors/internal/words.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

using Set = absl::flat_hash_set<absl::string_view>;

// -ly words that are not adverbs.
bool LyNoun(absl::string_view w) {
  return w == "rally" || w == "family" || w == "ally" || w == "italy" || w == "supply" ||
         w == "reply" || w == "apply" || w == "july";
}

}  // namespace

void ClassifyTokens(const Lexicons& lex, std::vector<Token>* tokens) {
  const auto& table = lex.word_info;
  for (Token& t : *tokens) {
    uint64_t f = kFlagClassified;
    const WordInfo* info = table.Find(t.lower);
    if (info != nullptr) {
      f |= info->flags;
      if (t.capitalized) f |= info->capitalized_flags;
      t.cue_class = info->cue_class;
      t.pronoun = info->pronoun;
    }
    // Adverbs: listed ones and -ly words, written in lowercase.
    f &= ~static_cast<uint64_t>(kFlagAdverb);
    if (t.kind == TokenKind::kWord && !t.capitalized &&
        ((info != nullptr && (info->flags & kFlagAdverb)) ||
         (t.lower.size() > 4 && absl::EndsWith(t.lower, "ly") && !LyNoun(t.lower)))) {
      f |= kFlagAdverb;
    }
    t.flags = f;
  }
}

bool IsMonth(absl::string_view w) {
  static const Set* s = new Set{
      "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return s->contains(w);
}

bool IsWeekday(absl::string_view w) {
  static const Set* s = new Set{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
                                "Thu", "Thurs", "Fri", "Sat", "Today", "Tonight",
                                "Yesterday", "Tomorrow"};
  return s->contains(w);
}

bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "’s") ||
         absl::EndsWith(w, "s'") || absl::EndsWith(w, "s’");
}

}  // namespace extractors_internal
}  // namespace claimcheck
