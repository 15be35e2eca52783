#include "engine/report_merge.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "engine/formats.h"
#include "engine/json_writer.h"
#include "simdjson.h"

namespace claimcheck {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

absl::string_view View(std::string_view s) { return absl::string_view(s.data(), s.size()); }

// Writes a parsed value back as claimcheck writes JSON (the same escaping
// and number forms), so a merged report reads like a single run's.
void Emit(element e, JsonWriter* w) {
  switch (e.type()) {
    case element_type::ARRAY: {
      // (A copy: value_unsafe() on a temporary result would dangle in a range-for.)
      const simdjson::dom::array a = e.get_array().value_unsafe();
      w->BeginArray();
      for (element x : a) Emit(x, w);
      w->EndArray();
      return;
    }
    case element_type::OBJECT: {
      const simdjson::dom::object o = e.get_object().value_unsafe();
      w->BeginObject();
      for (auto field : o) {
        w->Key(View(field.key));
        Emit(field.value, w);
      }
      w->EndObject();
      return;
    }
    case element_type::INT64:
      w->Int(e.get_int64().value_unsafe());
      return;
    case element_type::UINT64: {
      const uint64_t v = e.get_uint64().value_unsafe();
      if (v <= static_cast<uint64_t>(INT64_MAX)) {
        w->Int(static_cast<int64_t>(v));
      } else {
        w->Double(static_cast<double>(v));
      }
      return;
    }
    case element_type::DOUBLE:
      w->Double(e.get_double().value_unsafe());
      return;
    case element_type::STRING:
      w->String(View(e.get_string().value_unsafe()));
      return;
    case element_type::BOOL:
      w->Bool(e.get_bool().value_unsafe());
      return;
    case element_type::NULL_VALUE:
      w->Null();
      return;
  }
}

std::string ToJson(element e) {
  std::string out;
  JsonWriter w(&out);
  Emit(e, &w);
  return out;
}

// Each input's place in `inputs`, under the key its findings carry.
absl::flat_hash_map<std::string, size_t> Ranks(const std::vector<std::string>& inputs, bool sarif) {
  absl::flat_hash_map<std::string, size_t> rank;
  for (size_t i = 0; i < inputs.size(); ++i) rank.emplace(sarif ? SarifArtifactUri(inputs[i]) : inputs[i], i);
  return rank;
}

struct Item {
  size_t rank;
  std::string json;
};

// Orders items by input, keeping each input's items in report order.
std::string JoinSorted(std::vector<Item>* items, absl::string_view separator) {
  std::stable_sort(items->begin(), items->end(), [](const Item& a, const Item& b) { return a.rank < b.rank; });
  std::string out;
  for (size_t i = 0; i < items->size(); ++i) {
    if (i > 0) out.append(separator.data(), separator.size());
    out += (*items)[i].json;
  }
  return out;
}

absl::StatusOr<std::string> MergeJsonl(const std::vector<Report>& reports, const std::vector<std::string>& inputs) {
  const auto rank = Ranks(inputs, false);
  simdjson::dom::parser parser;
  std::vector<Item> items;
  for (const Report& r : reports) {
    absl::string_view data = r.data;
    int line_no = 0;
    while (!data.empty()) {
      ++line_no;
      const size_t nl = data.find('\n');
      absl::string_view line = data.substr(0, nl);
      data = nl == absl::string_view::npos ? absl::string_view() : data.substr(nl + 1);
      if (line.empty()) continue;
      element e;
      std::string_view path;
      const auto error = parser.parse(line.data(), line.size()).get(e);
      if (error) {
        return absl::InvalidArgumentError(
            absl::StrCat(r.name, ":", line_no, ": not JSON (", simdjson::error_message(error), ")"));
      }
      if (e["path"].get(path)) {
        return absl::InvalidArgumentError(
            absl::StrCat(r.name, ":", line_no, ": not a claimcheck finding (no \"path\" string)"));
      }
      auto it = rank.find(View(path));
      items.push_back({it == rank.end() ? inputs.size() : it->second, std::string(line)});
    }
  }
  std::string out = JoinSorted(&items, "\n");
  if (!out.empty()) out.push_back('\n');
  return out;
}

absl::StatusOr<std::string> MergeSarif(const std::vector<Report>& reports, const std::vector<std::string>& inputs) {
  if (reports.empty()) return absl::InvalidArgumentError("no SARIF report to merge");
  const auto rank = Ranks(inputs, true);
  simdjson::dom::parser parser;
  std::vector<Item> results;
  // The first report's log and run, but for their runs and results.
  std::vector<std::pair<std::string, std::string>> log_fields, run_fields;
  std::string tool;
  for (size_t ri = 0; ri < reports.size(); ++ri) {
    const Report& r = reports[ri];
    element root;
    if (auto error = parser.parse(r.data).get(root)) {
      return absl::InvalidArgumentError(absl::StrCat(r.name, ": not JSON (", simdjson::error_message(error), ")"));
    }
    simdjson::dom::array runs;
    if (root["runs"].get(runs) || runs.size() != 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": not a claimcheck SARIF report (a log with one run expected)"));
    }
    element run = runs.at(0).value_unsafe();
    simdjson::dom::array run_results;
    element run_tool;
    if (run["results"].get(run_results) || run["tool"].get(run_tool)) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": not a claimcheck SARIF report (its run has no tool or results)"));
    }
    std::string this_tool = ToJson(run_tool);
    if (ri == 0) {
      tool = this_tool;
      simdjson::dom::object o;
      (void)root.get(o);
      for (auto field : o) log_fields.push_back({std::string(field.key), ToJson(field.value)});
      (void)run.get(o);
      for (auto field : o) run_fields.push_back({std::string(field.key), ToJson(field.value)});
    } else if (this_tool != tool) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": written with other rules or another claimcheck than ", reports[0].name,
                       " (every shard must run with the same packs and configuration)"));
    }
    for (element result : run_results) {
      std::string_view uri;
      auto found = result["locations"].at(0)["physicalLocation"]["artifactLocation"]["uri"].get(uri);
      auto it = found ? rank.end() : rank.find(View(uri));
      results.push_back({it == rank.end() ? inputs.size() : it->second, ToJson(result)});
    }
  }
  const std::string merged_results = absl::StrCat("[", JoinSorted(&results, ","), "]");
  auto object = [](const std::vector<std::pair<std::string, std::string>>& fields, absl::string_view key,
                   const std::string& value) {
    std::string out = "{";
    for (size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) out.push_back(',');
      AppendJsonString(fields[i].first, &out);
      out.push_back(':');
      out += fields[i].first == key ? value : fields[i].second;
    }
    out.push_back('}');
    return out;
  };
  const std::string run = object(run_fields, "results", merged_results);
  return absl::StrCat(object(log_fields, "runs", absl::StrCat("[", run, "]")), "\n");
}

}  // namespace

absl::StatusOr<std::string> MergeReports(const std::string& format, const std::vector<Report>& reports,
                                         const std::vector<std::string>& inputs) {
  if (format == "jsonl") return MergeJsonl(reports, inputs);
  if (format == "sarif") return MergeSarif(reports, inputs);
  return absl::InvalidArgumentError(absl::StrCat("cannot merge format '", format, "' (jsonl or sarif)"));
}

}  // namespace claimcheck
