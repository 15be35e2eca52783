#include "engine/spec.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace claimcheck {

const SpecNode* SpecNode::Find(const std::string& key) const {
  for (const auto& [k, v] : map) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string SpecNode::Where() const { return absl::StrCat(file, ":", line, ":", column); }

absl::Status SpecReader::Error(const SpecNode& at, const std::string& key,
                               const std::string& msg) const {
  std::string who = rule_id_.empty() ? "" : absl::StrCat("rule '", rule_id_, "': ");
  std::string k = key.empty() ? "" : absl::StrCat("key '", key, "': ");
  return absl::InvalidArgumentError(absl::StrCat(at.Where(), ": ", who, k, msg));
}

absl::StatusOr<std::string> SpecReader::String(const std::string& key, bool required) const {
  const SpecNode* n = node_.Find(key);
  if (n == nullptr) {
    if (required) return Error(node_, key, "missing required key");
    return std::string();
  }
  if (n->kind != SpecNode::Kind::kScalar) return Error(*n, key, "expected a string");
  return n->scalar;
}

absl::StatusOr<std::vector<std::string>> SpecReader::StringList(const std::string& key) const {
  std::vector<std::string> out;
  const SpecNode* n = node_.Find(key);
  if (n == nullptr) return out;
  if (n->kind == SpecNode::Kind::kScalar) {
    out.push_back(n->scalar);
    return out;
  }
  if (n->kind != SpecNode::Kind::kList) return Error(*n, key, "expected a list of strings");
  for (const SpecNode& item : n->list) {
    if (item.kind != SpecNode::Kind::kScalar) return Error(item, key, "expected a string");
    if (item.scalar.empty()) return Error(item, key, "empty string in list");
    out.push_back(item.scalar);
  }
  return out;
}

absl::StatusOr<bool> SpecReader::Bool(const std::string& key, bool def) const {
  const SpecNode* n = node_.Find(key);
  if (n == nullptr) return def;
  std::string v = absl::AsciiStrToLower(n->scalar);
  if (n->kind == SpecNode::Kind::kScalar && (v == "true" || v == "yes")) return true;
  if (n->kind == SpecNode::Kind::kScalar && (v == "false" || v == "no")) return false;
  return Error(*n, key, "expected true or false");
}

absl::StatusOr<int> SpecReader::Int(const std::string& key, int def, int min, int max) const {
  const SpecNode* n = node_.Find(key);
  if (n == nullptr) return def;
  int v;
  if (n->kind != SpecNode::Kind::kScalar || !absl::SimpleAtoi(n->scalar, &v) || v < min || v > max) {
    return Error(*n, key, absl::StrCat("expected a whole number from ", min, " to ", max));
  }
  return v;
}

const SpecNode* SpecReader::Map(const std::string& key) const {
  const SpecNode* n = node_.Find(key);
  return n != nullptr && n->kind == SpecNode::Kind::kMap ? n : nullptr;
}

absl::Status SpecReader::CheckKeys(const std::vector<std::string>& allowed) const {
  for (const auto& [k, v] : node_.map) {
    if (std::find(allowed.begin(), allowed.end(), k) != allowed.end()) continue;
    std::string near = NearestWord(k, allowed);
    std::string hint = near.empty()
                           ? absl::StrCat(" (valid keys: ", absl::StrJoin(allowed, ", "), ")")
                           : absl::StrCat("; did you mean '", near, "'?");
    return Error(v, k, absl::StrCat("unknown key", hint));
  }
  return absl::OkStatus();
}

std::string NearestWord(const std::string& word, const std::vector<std::string>& candidates) {
  std::string best;
  size_t best_d = std::max<size_t>(2, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    std::vector<size_t> prev(c.size() + 1), cur(c.size() + 1);
    for (size_t j = 0; j <= c.size(); ++j) prev[j] = j;
    for (size_t i = 1; i <= word.size(); ++i) {
      cur[0] = i;
      for (size_t j = 1; j <= c.size(); ++j) {
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1,
                           prev[j - 1] + (word[i - 1] == c[j - 1] ? 0 : 1)});
      }
      std::swap(prev, cur);
    }
    if (prev[c.size()] < best_d) {
      best_d = prev[c.size()];
      best = c;
    }
  }
  return best;
}

}  // namespace claimcheck
