#include "engine/output/report_merge.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "engine/json/json_reader.h"
#include "engine/json/json_writer.h"
#include "engine/output/formats.h"

namespace claimcheck {
namespace {

// Writes a parsed value back as claimcheck writes JSON (the same escaping;
// numbers as they were written), so a merged report reads like a single
// run's.
void Emit(const JsonValue& v, JsonWriter* w) {
  switch (v.type()) {
    case JsonValue::Type::kArray:
      w->BeginArray();
      for (const JsonValue& x : v.items()) Emit(x, w);
      w->EndArray();
      return;
    case JsonValue::Type::kObject:
      w->BeginObject();
      for (const JsonValue::Member& m : v.members()) {
        w->Key(m.first);
        Emit(m.second, w);
      }
      w->EndObject();
      return;
    case JsonValue::Type::kNumber:
      w->Number(v.text());
      return;
    case JsonValue::Type::kString:
      w->String(v.text());
      return;
    case JsonValue::Type::kBool:
      w->Bool(v.boolean());
      return;
    case JsonValue::Type::kNull:
      w->Null();
      return;
  }
}

std::string ToJson(const JsonValue& v) {
  std::string out;
  JsonWriter w(&out);
  Emit(v, &w);
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
  std::stable_sort(items->begin(), items->end(),
                   [](const Item& a, const Item& b) { return a.rank < b.rank; });
  std::string out;
  for (size_t i = 0; i < items->size(); ++i) {
    if (i > 0) out.append(separator.data(), separator.size());
    out += (*items)[i].json;
  }
  return out;
}

absl::StatusOr<std::string> MergeJsonl(const std::vector<Report>& reports,
                                       const std::vector<std::string>& inputs) {
  const auto rank = Ranks(inputs, false);
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
      // (The whole line is checked; only its "path" is kept.)
      JsonValue v;
      JsonError error;
      if (!ParseJsonKeeping(
              line, [](absl::string_view key) { return key == "path"; }, &v, &error)) {
        return absl::InvalidArgumentError(absl::StrCat(r.name, ":", line_no, ": not JSON (", error.message,
                                                       " at byte ", error.offset + 1, ")"));
      }
      const JsonValue* path = v.Find("path");
      if (path == nullptr || !path->is_string()) {
        return absl::InvalidArgumentError(
            absl::StrCat(r.name, ":", line_no, ": not a claimcheck finding (no \"path\" string)"));
      }
      auto it = rank.find(path->text());
      items.push_back({it == rank.end() ? inputs.size() : it->second, std::string(line)});
    }
  }
  std::string out = JoinSorted(&items, "\n");
  if (!out.empty()) out.push_back('\n');
  return out;
}

absl::StatusOr<std::string> MergeSarif(const std::vector<Report>& reports,
                                       const std::vector<std::string>& inputs) {
  if (reports.empty()) return absl::InvalidArgumentError("no SARIF report to merge");
  const auto rank = Ranks(inputs, true);
  std::vector<Item> results;
  // The first report's log and run, but for their runs and results.
  std::vector<std::pair<std::string, std::string>> log_fields, run_fields;
  std::string tool;
  for (size_t ri = 0; ri < reports.size(); ++ri) {
    const Report& r = reports[ri];
    JsonValue root;
    JsonError error;
    if (!ParseJson(r.data, &root, &error)) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": not JSON (", error.message, " at byte ", error.offset + 1, ")"));
    }
    const JsonValue* runs = root.Find("runs");
    if (runs == nullptr || !runs->is_array() || runs->items().size() != 1) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": not a claimcheck SARIF report (a log with one run expected)"));
    }
    const JsonValue& run = runs->items()[0];
    const JsonValue* run_results = run.Find("results");
    const JsonValue* run_tool = run.Find("tool");
    if (run_results == nullptr || !run_results->is_array() || run_tool == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": not a claimcheck SARIF report (its run has no tool or results)"));
    }
    std::string this_tool = ToJson(*run_tool);
    if (ri == 0) {
      tool = this_tool;
      // (The runs and the results are written anew below, not copied.)
      for (const JsonValue::Member& m : root.members()) {
        log_fields.push_back({m.first, m.first == "runs" ? std::string() : ToJson(m.second)});
      }
      for (const JsonValue::Member& m : run.members()) {
        run_fields.push_back({m.first, m.first == "results" ? std::string() : ToJson(m.second)});
      }
    } else if (this_tool != tool) {
      return absl::InvalidArgumentError(
          absl::StrCat(r.name, ": written with other rules or another claimcheck than ", reports[0].name,
                       " (every shard must run with the same packs and configuration)"));
    }
    for (const JsonValue& result : run_results->items()) {
      // The first location's artifact: locations[0].physicalLocation.artifactLocation.uri.
      const JsonValue* uri = nullptr;
      if (const JsonValue* locations = result.Find("locations");
          locations != nullptr && locations->is_array() && !locations->items().empty()) {
        const JsonValue* physical = locations->items()[0].Find("physicalLocation");
        const JsonValue* artifact = physical != nullptr ? physical->Find("artifactLocation") : nullptr;
        uri = artifact != nullptr ? artifact->Find("uri") : nullptr;
      }
      auto it = uri != nullptr && uri->is_string() ? rank.find(uri->text()) : rank.end();
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
