// Every occurrence of a fixed set of byte strings in one pass over a text
// (Aho–Corasick), for the literal prefilter of word-list rules.
//
//   LiteralMatcher m({"may", "might", "officials"});
//   m.Scan(lowercased_text, [](int literal, size_t end) { ... });
//
// Scanning costs a table lookup per byte whatever the number of literals, so
// a pack of thousands of word-list rules is no slower to prefilter than a
// handful. Immutable after construction; Scan() is thread-safe.
#ifndef CLAIMCHECK_ENGINE_RULES_LITERAL_MATCHER_H_
#define CLAIMCHECK_ENGINE_RULES_LITERAL_MATCHER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

class LiteralMatcher {
 public:
  LiteralMatcher() = default;
  // Empty literals are ignored (they would match everywhere).
  explicit LiteralMatcher(const std::vector<std::string>& literals);

  // Calls found(index into the literals, end offset one past the last byte)
  // for every occurrence, overlapping ones included, in order of end.
  template <typename Found>
  void Scan(absl::string_view text, Found found) const {
    if (states_ == 0) return;
    const uint32_t* next = next_.data();
    const uint8_t* cls = class_;
    uint32_t row = 0;  // the current state's row in next_ (state x classes_)
    for (size_t i = 0; i < text.size(); ++i) {
      uint32_t v = next[row + cls[static_cast<unsigned char>(text[i])]];
      row = v & ~kOutput;
      if (v & kOutput) {
        size_t s = row / classes_;
        for (int32_t k = out_begin_[s]; k < out_begin_[s + 1]; ++k) found(out_[k], i + 1);
      }
    }
  }

  size_t states() const { return states_; }

 private:
  // In next_: the target state ends some literal (saves a lookup per byte).
  static constexpr uint32_t kOutput = 1u << 31;
  uint8_t class_[256] = {};  // byte -> column; 0 for bytes in no literal
  size_t classes_ = 1;
  size_t states_ = 0;
  // states_ x classes_: the complete automaton. Entries hold the target's
  // row offset (state x classes_), so a step is one load and one add.
  std::vector<uint32_t> next_;
  std::vector<int32_t> out_begin_;  // per state, into out_ (states_ + 1 entries)
  std::vector<int32_t> out_;        // literals ending at each state, suffixes included
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_ENGINE_RULES_LITERAL_MATCHER_H_
