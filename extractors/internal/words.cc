#include "extractors/internal/words.h"

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"

namespace claimcheck {
namespace extractors_internal {

namespace {
using Set = absl::flat_hash_set<absl::string_view>;

bool In(const Set& s, absl::string_view w) { return s.contains(w); }
}  // namespace

bool IsDeterminer(absl::string_view w) {
  static const Set* s = new Set{"the", "a", "an", "this", "that", "these", "those",
                                "his", "her", "their", "its", "our", "my", "your",
                                "some", "many", "several", "both", "all", "other",
                                "another", "each", "every", "most", "few", "no",
                                "any", "two", "three", "four", "five", "whose"};
  return In(*s, w);
}

bool IsPossessivePronoun(absl::string_view w) {
  static const Set* s = new Set{"his", "her", "their", "its", "our", "my", "your", "whose"};
  return In(*s, w);
}

bool IsAuxiliary(absl::string_view w) {
  static const Set* s = new Set{
      "had", "has", "have", "would", "will", "did", "does", "do", "could", "may",
      "might", "must", "should", "shall", "can", "was", "were", "is", "are", "be",
      "been", "being", "not", "never", "n't", "also", "then", "again", "later",
      "earlier", "previously", "once", "still", "further", "already", "just",
      "now", "first", "long", "even", "only", "often", "since", "too", "last",
      "ever", "soon", "yet", "twice", "he'd", "she'd", "they'd",
      "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t", "weren't", "weren’t",
      "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t", "doesn't",
      "doesn’t", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t",
      "can't", "can’t", "couldn't", "couldn’t", "shouldn't", "shouldn’t"};
  return In(*s, w);
}

bool IsBe(absl::string_view w) {
  static const Set* s = new Set{"is", "are", "was", "were", "be", "been", "being", "’s", "'s",
                                "isn't", "isn’t", "wasn't", "wasn’t", "aren't", "aren’t",
                                "weren't", "weren’t"};
  return In(*s, w);
}

bool IsAdverb(const Token& t) {
  if (t.kind != TokenKind::kWord || t.capitalized) return false;
  if (t.lower.size() > 4 && absl::EndsWith(t.lower, "ly") && t.lower != "rally" &&
      t.lower != "family" && t.lower != "ally" && t.lower != "italy" &&
      t.lower != "supply" && t.lower != "reply" && t.lower != "apply" &&
      t.lower != "july") {
    return true;
  }
  static const Set* s = new Set{"also", "later", "then", "again", "still", "once",
                                "further", "already", "just", "now", "earlier",
                                "previously", "repeatedly", "often", "never", "long",
                                "even", "only", "first", "soon", "since", "too",
                                "ever", "yet", "twice", "instead", "again", "not"};
  return In(*s, t.lower);
}

bool IsPreposition(absl::string_view w) {
  static const Set* s = new Set{
      "of", "for", "at", "with", "from", "in", "on", "to", "by", "about", "near",
      "close", "inside", "within", "among", "under", "over", "between", "behind",
      "across", "against", "around", "into", "onto", "familiar", "through",
      "throughout", "during", "after", "before", "outside", "like", "toward",
      "towards", "via", "per", "amid", "despite", "without", "upon", "beyond"};
  return In(*s, w);
}

bool IsSubordinator(absl::string_view w) {
  static const Set* s = new Set{"as", "while", "when", "although", "though", "if",
                                "because", "since", "after", "before", "once",
                                "until", "unless", "whereas", "whether", "whilst"};
  return In(*s, w);
}

bool IsFunctionWord(absl::string_view w) {
  static const Set* s = new Set{
      "the", "a", "an", "this", "that", "these", "those", "his", "her", "their",
      "its", "our", "my", "your", "some", "many", "several", "both", "all",
      "other", "another", "each", "every", "most", "few", "no", "any", "but",
      "and", "or", "nor", "so", "yet", "however", "meanwhile", "still", "in",
      "on", "at", "for", "from", "with", "by", "of", "to", "as", "while", "when",
      "although", "though", "if", "because", "since", "after", "before", "once",
      "until", "unless", "he", "she", "it", "they", "we", "i", "you", "there",
      "here", "what", "why", "how", "who", "where", "which", "then", "now",
      "earlier", "later", "also", "even", "only", "despite", "during", "among",
      "under", "over", "according", "instead", "indeed", "still", "thus",
      "undeterred", "recent", "last", "next", "first", "one", "two", "three",
      "not", "more", "less", "such", "do", "does", "did", "is", "are", "was",
      "were", "has", "have", "had", "will", "would", "can", "could", "may",
      "might", "should", "must", "asked", "said", "like", "unlike", "about",
      "amid", "inside", "outside", "behind", "through", "without", "within",
      "against", "around", "across", "toward", "towards", "near", "nearly",
      "almost", "about", "yes", "no", "oh", "well", "please", "thank",
      "thanks", "let", "now", "today", "yesterday", "tomorrow", "tonight",
      "both", "either", "neither", "whether", "whose", "whom", "this", "just"};
  return In(*s, w);
}

bool IsMonth(absl::string_view w) {
  static const Set* s = new Set{
      "January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
      "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
  return In(*s, w);
}

void ClassifyTokens(const Lexicons& lex, std::vector<Token>* tokens) {
  const auto& table = lex.word_info;
  for (Token& t : *tokens) {
    uint32_t f = kFlagClassified;
    if (t.kind == TokenKind::kWord) {
      auto it = table.find(t.lower);
      if (it != table.end()) {
        f |= it->second.flags;
        if (t.capitalized) f |= it->second.capitalized_flags;
        t.cue_class = it->second.cue_class;
      }
    }
    t.flags = f;
  }
}

bool IsWeekday(absl::string_view w) {
  static const Set* s = new Set{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday", "Mon", "Tue", "Tues", "Wed",
                                "Thu", "Thurs", "Fri", "Sat", "Today", "Tonight",
                                "Yesterday", "Tomorrow"};
  return In(*s, w);
}

bool IsQuantityHead(const Token& t) {
  static const Set* s = new Set{"percent", "%", "half", "third", "thirds", "quarter",
                                "quarters", "majority", "minority", "plurality", "most",
                                "many", "some", "others", "few", "all", "both",
                                "majorities", "minorities", "respondents"};
  return t.kind == TokenKind::kNumber || In(*s, t.lower);
}

bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "’s") ||
         absl::EndsWith(w, "s'") || absl::EndsWith(w, "s’");
}

}  // namespace extractors_internal
}  // namespace claimcheck
