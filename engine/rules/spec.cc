#include "engine/rules/spec.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "yaml-cpp/yaml.h"

namespace claimcheck {

const SpecNode* SpecNode::Find(const std::string& key) const {
  for (const auto& [k, v] : map) {
    if (k == key) return &v;
  }
  return nullptr;
}

std::string SpecNode::Where() const { return absl::StrCat(file, ":", line, ":", column); }

absl::Status SpecReader::Error(const SpecNode& at, const std::string& key, const std::string& msg) const {
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
    std::string hint = near.empty() ? absl::StrCat(" (valid keys: ", absl::StrJoin(allowed, ", "), ")")
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
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (word[i - 1] == c[j - 1] ? 0 : 1)});
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

// --- reading YAML -------------------------------------------------------------

namespace {

constexpr int kMaxDepth = 64;
// Aliases can make a small file expand into billions of nodes ("billion
// laughs"); no real pack comes near this.
constexpr size_t kMaxNodes = 4'000'000;

absl::StatusOr<SpecNode> Convert(const YAML::Node& n, const std::string& file, int depth, size_t* budget) {
  SpecNode out;
  out.file = file;
  out.line = n.Mark().line + 1;
  out.column = n.Mark().column + 1;
  if (depth > kMaxDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat(out.Where(), ": nesting deeper than ", kMaxDepth, " levels"));
  }
  if (*budget == 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(out.Where(), ": more than ", kMaxNodes,
                     " YAML nodes after expanding aliases; a rule pack lists plain rules (no alias bombs)"));
  }
  --*budget;
  switch (n.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      out.kind = SpecNode::Kind::kNull;
      break;
    case YAML::NodeType::Scalar:
      out.kind = SpecNode::Kind::kScalar;
      out.scalar = n.Scalar();
      break;
    case YAML::NodeType::Sequence:
      out.kind = SpecNode::Kind::kList;
      for (const YAML::Node& item : n) {
        auto c = Convert(item, file, depth + 1, budget);
        if (!c.ok()) return c.status();
        out.list.push_back(*std::move(c));
      }
      break;
    case YAML::NodeType::Map: {
      out.kind = SpecNode::Kind::kMap;
      absl::flat_hash_set<std::string> seen;
      for (const auto& kv : n) {
        if (!kv.first.IsScalar()) {
          return absl::InvalidArgumentError(absl::StrCat(file, ":", kv.first.Mark().line + 1, ":",
                                                         kv.first.Mark().column + 1,
                                                         ": keys must be plain strings"));
        }
        std::string key = kv.first.Scalar();
        if (!seen.insert(key).second) {
          return absl::InvalidArgumentError(absl::StrCat(file, ":", kv.first.Mark().line + 1, ":",
                                                         kv.first.Mark().column + 1, ": key '", key,
                                                         "' appears twice"));
        }
        auto c = Convert(kv.second, file, depth + 1, budget);
        if (!c.ok()) return c.status();
        if (c->line == 0 || c->kind == SpecNode::Kind::kNull) {
          c->line = kv.first.Mark().line + 1;
          c->column = kv.first.Mark().column + 1;
        }
        out.map.emplace_back(std::move(key), *std::move(c));
      }
      break;
    }
  }
  return out;
}

}  // namespace

// Parses YAML text into a SpecNode tree; errors name file:line:column.
absl::StatusOr<SpecNode> ParseYaml(const std::string& file, const std::string& yaml) {
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
    size_t budget = kMaxNodes;
    return Convert(root, file, 0, &budget);
  } catch (const YAML::Exception& e) {
    return absl::InvalidArgumentError(
        absl::StrCat(file, ":", e.mark.line + 1, ":", e.mark.column + 1, ": invalid YAML: ", e.msg));
  }
}

// --- the compiled form ------------------------------------------------------------

// A node: its kind ('N', 'S', 'L', 'M'), line and column in decimal, each
// followed by ','; then a scalar as its length, ':' and its bytes; a list
// as its count, ':' and its nodes; a map as its count, ':' and for each
// entry the key (length, ':', bytes) and its node.
namespace {

void AppendString(absl::string_view v, std::string* out) { absl::StrAppend(out, v.size(), ":", v); }

void Encode(const SpecNode& n, std::string* out) {
  const char kind = n.kind == SpecNode::Kind::kScalar ? 'S'
                    : n.kind == SpecNode::Kind::kList ? 'L'
                    : n.kind == SpecNode::Kind::kMap  ? 'M'
                                                      : 'N';
  absl::StrAppend(out, std::string(1, kind), n.line, ",", n.column, ",");
  switch (n.kind) {
    case SpecNode::Kind::kScalar:
      AppendString(n.scalar, out);
      break;
    case SpecNode::Kind::kList:
      absl::StrAppend(out, n.list.size(), ":");
      for (const SpecNode& c : n.list) Encode(c, out);
      break;
    case SpecNode::Kind::kMap:
      absl::StrAppend(out, n.map.size(), ":");
      for (const auto& [k, c] : n.map) {
        AppendString(k, out);
        Encode(c, out);
      }
      break;
    case SpecNode::Kind::kNull:
      break;
  }
}

class Decoder {
 public:
  Decoder(absl::string_view in, const std::string& file) : in_(in), file_(file) {}

  bool Node(SpecNode* n, int depth) {
    if (depth > 256 || in_.empty()) return false;
    const char kind = in_[0];
    in_.remove_prefix(1);
    size_t line, column;
    if (!Number(',', &line) || !Number(',', &column)) return false;
    n->file = file_;
    n->line = static_cast<int>(line);
    n->column = static_cast<int>(column);
    size_t count;
    switch (kind) {
      case 'N':
        n->kind = SpecNode::Kind::kNull;
        return true;
      case 'S':
        n->kind = SpecNode::Kind::kScalar;
        return String(&n->scalar);
      case 'L':
        n->kind = SpecNode::Kind::kList;
        if (!Number(':', &count) || count > in_.size()) return false;
        n->list.resize(count);
        for (SpecNode& c : n->list) {
          if (!Node(&c, depth + 1)) return false;
        }
        return true;
      case 'M':
        n->kind = SpecNode::Kind::kMap;
        if (!Number(':', &count) || count > in_.size()) return false;
        n->map.resize(count);
        for (auto& [k, c] : n->map) {
          if (!String(&k) || !Node(&c, depth + 1)) return false;
        }
        return true;
      default:
        return false;
    }
  }
  bool done() const { return in_.empty(); }

 private:
  bool Number(char end, size_t* v) {
    const size_t at = in_.find(end);
    if (at == absl::string_view::npos || !absl::SimpleAtoi(in_.substr(0, at), v)) return false;
    in_.remove_prefix(at + 1);
    return true;
  }
  bool String(std::string* s) {
    size_t len;
    if (!Number(':', &len) || len > in_.size()) return false;
    s->assign(in_.data(), len);
    in_.remove_prefix(len);
    return true;
  }

  absl::string_view in_;
  const std::string& file_;
};

}  // namespace

std::string EncodeSpec(const SpecNode& node) {
  std::string out;
  Encode(node, &out);
  return out;
}

absl::StatusOr<SpecNode> DecodeSpec(absl::string_view encoded, const std::string& file) {
  SpecNode n;
  Decoder d(encoded, file);
  if (!d.Node(&n, 0) || !d.done()) {
    return absl::InternalError(absl::StrCat(file, ": the compiled rule pack is corrupt"));
  }
  return n;
}

}  // namespace claimcheck
