#include "engine/rules/literal_matcher.h"

#include <deque>

namespace claimcheck {

LiteralMatcher::LiteralMatcher(const std::vector<std::string>& literals) {
  // Columns for the bytes the literals use; every other byte shares column 0.
  for (const std::string& lit : literals) {
    for (char ch : lit) {
      unsigned char b = static_cast<unsigned char>(ch);
      if (class_[b] == 0) {
        if (classes_ == 256) break;  // cannot happen: at most 256 distinct bytes
        class_[b] = static_cast<uint8_t>(classes_++);
      }
    }
  }
  // The trie, with -1 for missing edges.
  std::vector<int32_t> go(classes_, -1);
  std::vector<std::vector<int32_t>> own(1);  // literals ending at each state
  for (size_t id = 0; id < literals.size(); ++id) {
    const std::string& lit = literals[id];
    if (lit.empty()) continue;
    int32_t s = 0;
    for (char ch : lit) {
      size_t c = class_[static_cast<unsigned char>(ch)];
      int32_t& edge = go[static_cast<size_t>(s) * classes_ + c];
      if (edge < 0) {
        edge = static_cast<int32_t>(own.size());
        own.emplace_back();
        go.resize(go.size() + classes_, -1);
      }
      s = go[static_cast<size_t>(s) * classes_ + c];  // `edge` may dangle after resize
    }
    own[s].push_back(static_cast<int32_t>(id));
  }
  states_ = own.size();
  // Breadth first: failure links, and the missing edges filled from them, so
  // that scanning follows exactly one edge per byte.
  std::vector<int32_t> fail(states_, 0);
  std::vector<std::vector<int32_t>> outs(states_);
  outs[0] = own[0];
  std::deque<int32_t> queue;
  for (size_t c = 0; c < classes_; ++c) {
    int32_t& t = go[c];
    if (t < 0) {
      t = 0;
    } else {
      fail[t] = 0;
      queue.push_back(t);
    }
  }
  while (!queue.empty()) {
    int32_t s = queue.front();
    queue.pop_front();
    outs[s] = own[s];
    outs[s].insert(outs[s].end(), outs[fail[s]].begin(), outs[fail[s]].end());
    for (size_t c = 0; c < classes_; ++c) {
      int32_t& t = go[static_cast<size_t>(s) * classes_ + c];
      int32_t via_fail = go[static_cast<size_t>(fail[s]) * classes_ + c];
      if (t < 0) {
        t = via_fail;
      } else {
        fail[t] = via_fail;
        queue.push_back(t);
      }
    }
  }
  next_.resize(go.size());
  for (size_t k = 0; k < go.size(); ++k) {
    next_[k] = static_cast<uint32_t>(go[k] * classes_) | (outs[go[k]].empty() ? 0 : kOutput);
  }
  out_begin_.reserve(states_ + 1);
  for (size_t s = 0; s < states_; ++s) {
    out_begin_.push_back(static_cast<int32_t>(out_.size()));
    out_.insert(out_.end(), outs[s].begin(), outs[s].end());
  }
  out_begin_.push_back(static_cast<int32_t>(out_.size()));
}

}  // namespace claimcheck
