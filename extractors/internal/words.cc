#include "extractors/internal/words.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"

namespace claimcheck {
namespace extractors_internal {

namespace {

// -ly words that are not adverbs.
bool LyNoun(absl::string_view w) {
  return w == "rally" || w == "family" || w == "ally" || w == "italy" || w == "supply" || w == "reply" ||
         w == "apply" || w == "july";
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
  // One pass over each word and the one after it.
  for (size_t i = 0; i + 1 < tokens->size(); ++i) {
    Token& t = (*tokens)[i];
    const Token& n = (*tokens)[i + 1];
    if (n.kind != TokenKind::kWord || n.capitalized) continue;
    // "“…,” Will wrote", "Will described the mayor as …": a capitalised modal
    // right before a verb in the past is a name (Tamsin Will), not a question
    // ("Will he run?") or the modal of a headline in title case ("Will Rise").
    if (t.text == "Will") {
      // (Or a verb of saying in its -s form, which no modal takes: "which Will
      // claims proved …", "Will writes".)
      // (Not a past that is also the plain form, "Will cut", "Will need".)
      static const auto* kAlsoPresent = new absl::flat_hash_set<absl::string_view>{
          "cut", "put", "set", "hit", "cost", "let", "quit", "shut", "spread", "beat", "read", "bet", "hurt"};
      const bool past = ((n.flags & kFlagIrregularPast) && !kAlsoPresent->contains(n.lower)) ||
                        (absl::EndsWith(n.lower, "ed") && !absl::EndsWith(n.lower, "eed"));
      if (past || (n.cue_class != 0 && absl::EndsWith(n.lower, "s") && !absl::EndsWith(n.lower, "ss"))) {
        t.flags &= ~static_cast<uint64_t>(kFlagAuxiliary | kFlagFiniteAuxiliary | kFlagFunctionWord);
      }
    }
    // "deputy planning director Rosa Emmerich", "the reporting officer": an
    // -ing form of a reporting verb right before a title in lower case is
    // part of the title, not a verb.
    if (t.cue_class != 0 && !t.capitalized && absl::EndsWith(t.lower, "ing") && (n.flags & kFlagTitle) != 0) {
      t.cue_class = 0;
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

bool TimePhraseAt(const std::vector<Token>& tokens, int k, int end) {
  if (k >= end) return false;
  const absl::string_view p = tokens[k].lower;
  auto time_word = [](absl::string_view w) {
    return w == "week" || w == "weeks" || w == "month" || w == "months" || w == "year" || w == "years" ||
           w == "spring" || w == "summer" || w == "autumn" || w == "fall" || w == "winter" ||
           w == "weekend" || w == "days" || w == "day" || w == "end" || w == "season" || w == "quarter" ||
           w == "half" || w == "decade" || w == "hours" || w == "future";
  };
  // "this year", "next week": the time with no preposition.
  if ((p == "this" || p == "next") && k + 1 < end) return time_word(tokens[k + 1].lower);
  if (p != "in" && p != "on" && p != "by" && p != "for" && p != "within" && p != "before" && p != "until" &&
      p != "over" && p != "around" && p != "during") {
    return false;
  }
  if (k + 1 >= end) return false;
  const Token& n = tokens[k + 1];
  if (IsMonth(n) || IsWeekday(n)) return true;
  // A year or a day of the month: "in 2006", "on 6 January".
  if (n.kind == TokenKind::kNumber) {
    return (n.text.size() == 4 && (absl::StartsWith(n.text, "19") || absl::StartsWith(n.text, "20"))) ||
           (k + 2 < end && IsMonth(tokens[k + 2]));
  }
  // "in the coming weeks", "by the end of the year", "in the new year".
  for (int j = k + 1; j < end && j <= k + 4; ++j) {
    if (time_word(tokens[j].lower)) return true;
    const absl::string_view w = tokens[j].lower;
    if (w != "the" && w != "a" && w != "coming" && w != "next" && w != "new" && w != "early" && w != "late" &&
        w != "few" && w != "two" && w != "three" && w != "several" && w != "this" && w != "mid") {
      return false;
    }
  }
  return false;
}

bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "’s") || absl::EndsWith(w, "s'") ||
         absl::EndsWith(w, "s’");
}

absl::string_view PossessiveStem(absl::string_view w) {
  return absl::StripSuffix(absl::StripSuffix(w, "’s"), "'s");
}

bool CapitalisedCompound(absl::string_view w) {
  int parts = 0;
  for (absl::string_view part : absl::StrSplit(w, '-')) {
    if (part.size() < 2 || !absl::ascii_isupper(static_cast<unsigned char>(part[0]))) return false;
    ++parts;
  }
  return parts >= 2;
}

}  // namespace extractors_internal
}  // namespace claimcheck
