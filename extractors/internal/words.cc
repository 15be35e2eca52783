#include "extractors/internal/words.h"

#include "absl/strings/match.h"
#include "absl/strings/strip.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

// -ly words that are not adverbs.
bool LyNoun(absl::string_view w) {
  return w == "rally" || w == "family" || w == "ally" || w == "italy" || w == "supply" ||
         w == "reply" || w == "apply" || w == "july";
}

}  // namespace

void ClassifyTokens(const Lexicons& lex, std::vector<Token>* tokens, TokenLists* lists) {
  const auto& table = lex.word_info;
  lists->first_person.clear();
  lists->clause_heads.clear();
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
    if ((f & kFlagFirstPersonSingular) && t.text[0] != 'i') {
      lists->first_person.push_back(static_cast<int>(&t - tokens->data()));
    }
    if (f & (kFlagStanceNoun | kFlagWhether)) {
      lists->clause_heads.push_back(static_cast<int>(&t - tokens->data()));
    }
  }
}

namespace {

// The word as written is capitalised and nothing else is: "May", not "MAY".
bool CapitalisedOnly(const Token& t) {
  return t.capitalized && t.text.size() == t.lower.size() && t.text.substr(1) == t.lower.substr(1);
}

}  // namespace

bool IsMonth(const Token& t) { return HasFlag(t, kFlagMonth) && CapitalisedOnly(t); }

bool IsWeekday(const Token& t) { return HasFlag(t, kFlagWeekday) && CapitalisedOnly(t); }

bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "’s") ||
         absl::EndsWith(w, "s'") || absl::EndsWith(w, "s’");
}

absl::string_view PossessiveStem(absl::string_view w) {
  return absl::StripSuffix(absl::StripSuffix(w, "’s"), "'s");
}

}  // namespace extractors_internal
}  // namespace claimcheck
