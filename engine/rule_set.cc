#include "engine/rule_set.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/types/span.h"
#include "engine/rule_types.h"
#include "engine/spec.h"
#include "extractors/embedded.h"
#include "yaml-cpp/yaml.h"

namespace claimcheck {

// Defined in the generated embedded_rules.cc.
absl::Span<const EmbeddedFile> EmbeddedRules();

namespace {

constexpr int kMaxDepth = 64;
// Aliases can make a small file expand into billions of nodes ("billion
// laughs"); no real pack comes near this.
constexpr size_t kMaxNodes = 4'000'000;

absl::StatusOr<SpecNode> Convert(const YAML::Node& n, const std::string& file, int depth,
                                 size_t* budget) {
  SpecNode out;
  out.file = file;
  out.line = n.Mark().line + 1;
  out.column = n.Mark().column + 1;
  if (depth > kMaxDepth) {
    return absl::InvalidArgumentError(
        absl::StrCat(out.Where(), ": nesting deeper than ", kMaxDepth, " levels"));
  }
  if (*budget == 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        out.Where(), ": more than ", kMaxNodes,
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
          return absl::InvalidArgumentError(absl::StrCat(
              file, ":", kv.first.Mark().line + 1, ":", kv.first.Mark().column + 1,
              ": keys must be plain strings"));
        }
        std::string key = kv.first.Scalar();
        if (!seen.insert(key).second) {
          return absl::InvalidArgumentError(absl::StrCat(
              file, ":", kv.first.Mark().line + 1, ":", kv.first.Mark().column + 1,
              ": key '", key, "' appears twice"));
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

absl::Status RuleError(const SpecNode& at, const std::string& id, const std::string& msg) {
  return absl::InvalidArgumentError(
      absl::StrCat(at.Where(), ": ", id.empty() ? "" : absl::StrCat("rule '", id, "': "), msg));
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
    return absl::InvalidArgumentError(absl::StrCat(file, ":", e.mark.line + 1, ":",
                                                   e.mark.column + 1, ": invalid YAML: ", e.msg));
  }
}

absl::Status RuleSetBuilder::AddPack(const std::string& file, const std::string& yaml) {
  absl::StatusOr<SpecNode> doc = ParseYaml(file, yaml);
  if (!doc.ok()) return doc.status();
  if (doc->kind != SpecNode::Kind::kMap) {
    return absl::InvalidArgumentError(absl::StrCat(
        file, ":1:1: a rule pack is a map with a 'rules' list (see rules/README.md)"));
  }
  SpecReader pack(*doc, "");
  if (auto s = pack.CheckKeys({"pack", "description", "rules"}); !s.ok()) return s;
  const SpecNode* rules = doc->Find("rules");
  if (rules == nullptr) return RuleError(*doc, "", "missing required key 'rules'");
  if (rules->kind != SpecNode::Kind::kList) return RuleError(*rules, "", "'rules' must be a list");
  for (const SpecNode& r : rules->list) {
    if (r.kind != SpecNode::Kind::kMap) return RuleError(r, "", "each rule must be a map");
    std::string id;
    if (const SpecNode* idn = r.Find("id"); idn && idn->kind == SpecNode::Kind::kScalar) id = idn->scalar;
    SpecReader spec(r, id);
    // Unknown keys first: a misspelt key is reported as such, not as missing.
    if (const SpecNode* t = r.Find("type"); t == nullptr || t->kind == SpecNode::Kind::kScalar) {
      if (const auto* keys = RuleTypeKeys(t ? t->scalar : "lexical")) {
        if (auto s = spec.CheckKeys(*keys); !s.ok()) return s;
      }
    }
    auto rule = std::make_unique<Rule>();
    auto need = [&](const char* key, std::string* out) -> absl::Status {
      auto v = spec.String(key, true);
      if (!v.ok()) return v.status();
      if (v->empty()) return spec.Error(*r.Find(key), key, "must not be empty");
      *out = *v;
      return absl::OkStatus();
    };
    if (auto s = need("id", &rule->id); !s.ok()) return s;
    if (set_.Find(rule->id)) {
      const Rule* first = set_.Find(rule->id);
      return spec.Error(*r.Find("id"), "id",
                        absl::StrCat("duplicate rule id (first defined at ", first->file, ":",
                                     first->line, ")"));
    }
    if (auto s = need("category", &rule->category); !s.ok()) return s;
    if (auto s = need("message", &rule->message); !s.ok()) return s;
    std::string sev;
    if (auto s = need("severity", &sev); !s.ok()) return s;
    if (!ParseSeverity(sev, &rule->severity)) {
      return spec.Error(*r.Find("severity"), "severity",
                        absl::StrCat("unknown severity '", sev, "' (expected error, warning or info)"));
    }
    for (const char* key : {"description", "link"}) {
      auto v = spec.String(key, false);
      if (!v.ok()) return v.status();
      (std::string(key) == "link" ? rule->link : rule->description) = *v;
    }
    auto type = spec.String("type", false);
    if (!type.ok()) return type.status();
    rule->type = type->empty() ? "lexical" : *type;
    // Placeholders in the message must be known.
    for (size_t i = rule->message.find('{'); i != std::string::npos;
         i = rule->message.find('{', i + 1)) {
      size_t close = rule->message.find('}', i);
      if (close == std::string::npos) break;
      std::string key = rule->message.substr(i + 1, close - i - 1);
      std::vector<std::string> known = {"match", "speaker", "cue", "claim", "evidence"};
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        std::string near = NearestWord(key, known);
        return spec.Error(*r.Find("message"), "message",
                          absl::StrCat("unknown placeholder {", key, "}",
                                       near.empty() ? "" : absl::StrCat("; did you mean {", near, "}?"),
                                       " (placeholders: {match} {speaker} {cue} {claim} {evidence})"));
      }
    }
    rule->file = file;
    rule->line = r.line;
    auto impl = CreateRuleType(rule->type, spec, *rule);
    if (!impl.ok()) return impl.status();
    rule->impl = *std::move(impl);
    set_.by_id_[rule->id] = set_.rules_.size();
    set_.rules_.push_back(std::move(rule));
  }
  return absl::OkStatus();
}

const Rule* RuleSet::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : rules_[it->second].get();
}

absl::Status RuleSetBuilder::AddPath(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    std::vector<std::string> files;
    for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
      std::string p = it->path().string();
      if (absl::EndsWith(p, ".yaml") || absl::EndsWith(p, ".yml")) files.push_back(p);
    }
    if (ec) return absl::PermissionDeniedError(absl::StrCat(path, ": cannot read directory: ", ec.message()));
    std::sort(files.begin(), files.end());
    if (files.empty()) return absl::NotFoundError(absl::StrCat(path, ": no .yaml rule packs in this directory"));
    for (const std::string& f : files) {
      if (auto s = AddPath(f); !s.ok()) return s;
    }
    return absl::OkStatus();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return fs::exists(path, ec) ? absl::PermissionDeniedError(absl::StrCat(path, ": cannot open rule pack"))
                                : absl::NotFoundError(absl::StrCat(path, ": no such rule pack"));
  }
  std::stringstream ss;
  ss << in.rdbuf();
  return AddPack(path, ss.str());
}

std::vector<BuiltinFile> BuiltinRuleFiles() {
  std::vector<BuiltinFile> out;
  for (const EmbeddedFile& f : EmbeddedRules()) out.push_back({std::string(f.name), std::string(f.data)});
  return out;
}

absl::Status RuleSetBuilder::AddBuiltinPacks() {
  for (const EmbeddedFile& f : EmbeddedRules()) {
    if (!absl::EndsWith(f.name, ".yaml")) continue;
    if (auto s = AddPack(absl::StrCat("<built-in>/rules/", f.name), std::string(f.data)); !s.ok()) {
      return absl::InternalError(s.message());
    }
  }
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::Disable(const std::string& id, const std::string& where) {
  auto it = set_.by_id_.find(id);
  if (it == set_.by_id_.end()) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": unknown rule '", id, "' in 'disable'"));
  }
  set_.rules_.erase(set_.rules_.begin() + it->second);
  set_.by_id_.clear();
  for (size_t i = 0; i < set_.rules_.size(); ++i) set_.by_id_[set_.rules_[i]->id] = i;
  return absl::OkStatus();
}

absl::Status RuleSetBuilder::SetSeverity(const std::string& id, Severity s, const std::string& where) {
  auto it = set_.by_id_.find(id);
  if (it == set_.by_id_.end()) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": unknown rule '", id, "' in 'severity'"));
  }
  set_.rules_[it->second]->severity = s;
  return absl::OkStatus();
}

absl::StatusOr<ProjectConfig> LoadProjectConfig(const std::string& file, const std::string& yaml) {
  ProjectConfig cfg;
  cfg.file = file;
  cfg.dir = std::filesystem::path(file).parent_path().string();
  if (cfg.dir.empty()) cfg.dir = ".";
  absl::StatusOr<SpecNode> doc = ParseYaml(file, yaml);
  if (!doc.ok()) return doc.status();
  if (doc->kind == SpecNode::Kind::kNull) return cfg;
  if (doc->kind != SpecNode::Kind::kMap) {
    return absl::InvalidArgumentError(absl::StrCat(file, ":1:1: .claimcheck.yaml must be a map"));
  }
  SpecReader r(*doc, "");
  if (auto s = r.CheckKeys({"rules", "disable", "severity", "ignore", "fail_on", "default_rules"}); !s.ok()) {
    return s;
  }
  auto rules = r.StringList("rules");
  if (!rules.ok()) return rules.status();
  for (const std::string& p : *rules) {
    cfg.rules.push_back(std::filesystem::path(p).is_absolute() ? p : cfg.dir + "/" + p);
  }
  if (const SpecNode* d = doc->Find("disable")) {
    auto ids = r.StringList("disable");
    if (!ids.ok()) return ids.status();
    for (size_t i = 0; i < ids->size(); ++i) {
      const SpecNode& at = d->kind == SpecNode::Kind::kList ? d->list[i] : *d;
      cfg.disable.emplace_back((*ids)[i], at.Where());
    }
  }
  if (const SpecNode* sev = doc->Find("severity")) {
    if (sev->kind != SpecNode::Kind::kMap) return r.Error(*sev, "severity", "expected a map of rule id: severity");
    for (const auto& [id, v] : sev->map) {
      ProjectConfig::Override o{id, v.Where(), Severity::kWarning};
      if (v.kind != SpecNode::Kind::kScalar || !ParseSeverity(v.scalar, &o.severity)) {
        return r.Error(v, "severity", absl::StrCat("rule '", id, "': expected error, warning or info"));
      }
      cfg.severity.push_back(o);
    }
  }
  auto ignore = r.StringList("ignore");
  if (!ignore.ok()) return ignore.status();
  cfg.ignore = *ignore;
  auto fail_on = r.String("fail_on", false);
  if (!fail_on.ok()) return fail_on.status();
  Severity unused;
  if (!fail_on->empty() && *fail_on != "never" && !ParseSeverity(*fail_on, &unused)) {
    return r.Error(*doc->Find("fail_on"), "fail_on",
                   absl::StrCat("unknown value '", *fail_on, "' (expected error, warning, info or never)"));
  }
  cfg.fail_on = *fail_on;
  auto def = r.Bool("default_rules", true);
  if (!def.ok()) return def.status();
  cfg.default_rules = *def;
  return cfg;
}

absl::StatusOr<ProjectConfig> FindProjectConfig(const std::string& start_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::absolute(start_dir.empty() ? "." : start_dir, ec);
  for (int depth = 0; depth < 64 && !ec; ++depth) {
    fs::path candidate = dir / ".claimcheck.yaml";
    if (fs::is_regular_file(candidate, ec)) {
      std::ifstream in(candidate, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      // Name it as the user would see it: relative when under the start.
      return LoadProjectConfig(candidate.lexically_relative(fs::current_path()).string(), ss.str());
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) break;
    dir = dir.parent_path();
  }
  return ProjectConfig{};
}

absl::StatusOr<RuleSet> RuleSetBuilder::Build() {
  constexpr size_t kPatternsPerSet = 1000;
  RE2::Options opt;
  opt.set_log_errors(false);
  opt.set_max_mem(64 << 20);
  RuleSet::Prefilter cur;
  auto finish = [&]() -> absl::Status {
    if (cur.rule.empty()) return absl::OkStatus();
    if (!cur.set->Compile()) {
      return absl::ResourceExhaustedError(absl::StrCat(
          "the patterns of rules '", set_.rules_[cur.rule.front()]->id, "' to '",
          set_.rules_[cur.rule.back()]->id, "' are too large to compile together"));
    }
    set_.prefilters_.push_back(std::move(cur));
    cur = RuleSet::Prefilter();
    return absl::OkStatus();
  };
  for (size_t i = 0; i < set_.rules_.size(); ++i) {
    std::string p = set_.rules_[i]->impl->Prefilter();
    if (p.empty()) {
      set_.always_.push_back(static_cast<int>(i));
      continue;
    }
    if (!cur.set) cur.set = std::make_unique<RE2::Set>(opt, RE2::UNANCHORED);
    std::string err;
    if (cur.set->Add(p, &err) < 0) {
      return absl::InternalError(absl::StrCat("rule '", set_.rules_[i]->id, "': ", err));
    }
    cur.rule.push_back(static_cast<int>(i));
    if (cur.rule.size() == kPatternsPerSet) {
      if (auto s = finish(); !s.ok()) return s;
    }
  }
  if (auto s = finish(); !s.ok()) return s;
  return std::move(set_);
}

absl::StatusOr<RuleSet> LoadRuleSet(const std::vector<std::string>& paths, bool builtin) {
  RuleSetBuilder b;
  if (builtin) {
    if (auto s = b.AddBuiltinPacks(); !s.ok()) return s;
  }
  for (const std::string& p : paths) {
    if (auto s = b.AddPath(p); !s.ok()) return s;
  }
  return b.Build();
}

std::vector<Finding> RuleSet::Check(const Document& doc, const Analysis& analysis) const {
  CheckContext ctx(doc, analysis);
  std::vector<Finding> out;
  auto label = [&](const Rule& r, size_t from) {
    for (size_t k = from; k < out.size(); ++k) {
      out[k].rule = r.id;
      out[k].category = r.category;
      out[k].severity = r.severity;
    }
  };
  for (int i : always_) {
    size_t before = out.size();
    rules_[i]->impl->Run(ctx, &out);
    label(*rules_[i], before);
  }
  // One pass of all patterns per sentence; each rule then looks only at the
  // sentences it can match, so cost stays nearly flat as packs grow.
  std::vector<int> hits;
  for (const Sentence& s : analysis.segmentation.sentences) {
    absl::string_view text = absl::string_view(doc.text).substr(s.span.start, s.span.size());
    for (const Prefilter& p : prefilters_) {
      hits.clear();
      if (!p.set->Match(re2::StringPiece(text.data(), text.size()), &hits)) continue;
      std::sort(hits.begin(), hits.end());
      for (int h : hits) {
        const Rule& r = *rules_[p.rule[h]];
        size_t before = out.size();
        r.impl->RunIn(ctx, s.span, &out);
        label(r, before);
      }
    }
  }
  std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    if (a.span.start != b.span.start) return a.span.start < b.span.start;
    if (a.span.end != b.span.end) return a.span.end < b.span.end;
    return a.rule < b.rule;
  });
  return out;
}

}  // namespace claimcheck
