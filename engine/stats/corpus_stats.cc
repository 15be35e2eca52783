#include "engine/stats/corpus_stats.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "engine/json/json_writer.h"

namespace claimcheck {

namespace {

const char* const kSourceNames[kClaimSources] = {"named", "anonymous", "vague", "none"};
const auto& kCategories = kFindingCategories;

bool Overlaps(Span a, Span b) { return a.start < b.end && b.start < a.end; }

double PerThousand(size_t n, size_t words) { return words == 0 ? 0.0 : 1000.0 * n / words; }

double Share(size_t n, size_t total) { return total == 0 ? 0.0 : static_cast<double>(n) / total; }

// "2016-07-15", "2016-07", "2016/07/15": the year and month.
bool LooksLikeDate(absl::string_view v) {
  return v.size() >= 7 && absl::ascii_isdigit(v[0]) && absl::ascii_isdigit(v[1]) &&
         absl::ascii_isdigit(v[2]) && absl::ascii_isdigit(v[3]) && (v[4] == '-' || v[4] == '/') &&
         absl::ascii_isdigit(v[5]) && absl::ascii_isdigit(v[6]);
}

std::string CsvField(absl::string_view s) {
  if (s.find_first_of(",\"\n\r") == absl::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

const char* ClaimSourceName(ClaimSource s) { return kSourceNames[static_cast<int>(s)]; }

std::string GroupOf(const Document& doc, absl::string_view field, bool by_month) {
  for (const auto& [name, value] : doc.fields) {
    if (name != field) continue;
    if (by_month && LooksLikeDate(value)) return absl::StrCat(value.substr(0, 4), "-", value.substr(5, 2));
    return value;
  }
  return "";
}

DocumentStats MeasureDocument(const Analysis& analysis, const std::vector<Finding>& findings,
                              std::string group) {
  DocumentStats d;
  d.group = std::move(group);
  for (const Token& t : analysis.tokens) d.words += t.kind == TokenKind::kWord;
  d.findings.reserve(findings.size());
  std::vector<Span> anonymous;
  for (const Finding& f : findings) {
    d.findings.emplace_back(f.rule, f.category);
    if (absl::StrContains(f.rule, "anonym")) anonymous.push_back(f.span);
  }
  auto count_cue = [&d](const Attribution& at) {
    if (!at.has_cue) return;
    ++d.cues;
    d.loaded_cues += at.cue_class == CueClass::kLoaded;
  };
  for (const Claim& c : analysis.claims) {
    const Attribution& at = c.attribution;
    ClaimSource source = ClaimSource::kNone;
    if (at.has_speaker) {
      const bool hidden = std::any_of(anonymous.begin(), anonymous.end(),
                                      [&at](Span s) { return Overlaps(s, at.speaker_span); });
      source = hidden             ? ClaimSource::kAnonymous
               : at.speaker_named ? ClaimSource::kNamed
                                  : ClaimSource::kVague;
    }
    ++d.claims_by_source[static_cast<int>(source)];
    count_cue(at);
  }
  for (size_t k = 0; k < analysis.quotes.size(); ++k) {
    const Quote& q = analysis.quotes[k];
    // Words someone said: speech and partial quotes, and any quote inside a
    // reported claim (not a title, a name or a scare quote on its own); a
    // quote that goes on after "he said" is one quote.
    if (q.claim < 0 && q.kind != QuoteKind::kSpeech && q.kind != QuoteKind::kPartial) continue;
    if (ContinuesQuote(analysis, k)) continue;
    ++d.quotes;
    if (q.claim < 0) count_cue(q.attribution);  // (a quote in a claim has the claim's verb, counted)
    if (q.attribution.has_speaker && q.attribution.speaker_named && !q.attribution.speaker.empty()) {
      d.quoted.push_back(q.attribution.speaker);
    }
  }
  return d;
}

void CorpusStats::Totals::Add(const DocumentStats& d) {
  ++documents;
  words += d.words;
  findings += d.findings.size();
  for (const auto& [rule, category] : d.findings) {
    ++by_rule[rule];
    ++by_category[category];
  }
  for (int k = 0; k < kClaimSources; ++k) claims_by_source[k] += d.claims_by_source[k];
  quotes += d.quotes;
  cues += d.cues;
  loaded_cues += d.loaded_cues;
  for (const std::string& name : d.quoted) {
    auto it = speakers.find(name);
    if (it != speakers.end()) {
      ++it->second.first;
      continue;
    }
    if (speakers.size() < kSpeakerSlots) {
      speakers.emplace(name, std::make_pair(size_t{1}, size_t{0}));
      continue;
    }
    // Space-saving: the new name takes the slot of the least counted one,
    // with that count as its overestimate.
    auto least = std::min_element(speakers.begin(), speakers.end(), [](const auto& a, const auto& b) {
      return a.second.first < b.second.first;
    });
    const size_t floor = least->second.first;
    speakers.erase(least);
    speakers.emplace(name, std::make_pair(floor + 1, floor));
  }
}

std::vector<std::pair<std::string, size_t>> CorpusStats::Totals::TopSpeakers(size_t n) const {
  // Ranked and shown by the count each is sure of: a name that took the slot
  // of an evicted one carries that one's count as an overestimate.
  std::vector<std::pair<std::string, size_t>> top;
  for (const auto& [name, counts] : speakers) {
    if (counts.first > counts.second) top.emplace_back(name, counts.first - counts.second);
  }
  std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
  });
  if (top.size() > n) top.resize(n);
  return top;
}

void CorpusStats::Add(const DocumentStats& d) {
  all_.Add(d);
  if (!group_field_.empty()) groups_[d.group].Add(d);
}

std::vector<std::pair<const std::string*, const CorpusStats::Totals*>> CorpusStats::Rows() const {
  std::vector<std::pair<const std::string*, const Totals*>> rows;
  for (const auto& [name, t] : groups_) rows.emplace_back(&name, &t);
  rows.emplace_back(nullptr, &all_);
  return rows;
}

void CorpusStats::WriteText(std::ostream& out) const {
  auto label = [](const std::string* name) {
    return name == nullptr ? std::string("(all)") : name->empty() ? std::string("(none)") : *name;
  };
  const auto rows = Rows();
  size_t width = 5;
  for (const auto& [name, t] : rows) width = std::max(width, label(name).size());
  out << absl::StrFormat("claimcheck stats: %d documents, %d words%s\n\n", all_.documents, all_.words,
                         group_field_.empty() ? "" : absl::StrCat(", grouped by ", group_field_));

  out << "Findings per 1,000 words\n";
  out << absl::StrFormat("%-*s %9s %11s %8s %8s %9s %9s %11s\n", width, "group", "documents", "words",
                         "findings", "hedged", "disputed", "unsourced", "attribution");
  for (const auto& [name, t] : rows) {
    auto cat = [t = t](const char* c) {
      auto it = t->by_category.find(c);
      return PerThousand(it == t->by_category.end() ? 0 : it->second, t->words);
    };
    out << absl::StrFormat("%-*s %9d %11d %8.2f %8.2f %9.2f %9.2f %11.2f\n", width, label(name), t->documents,
                           t->words, PerThousand(t->findings, t->words), cat(kCategories[0]),
                           cat(kCategories[1]), cat(kCategories[2]), cat(kCategories[3]));
  }

  out << "\nFindings per 1,000 words, by rule (count in brackets)\n";
  std::vector<std::string> rules;
  for (const auto& [rule, n] : all_.by_rule) rules.push_back(rule);
  size_t rule_width = 4;
  for (const std::string& r : rules) rule_width = std::max(rule_width, r.size());
  for (const auto& [name, t] : rows) {
    out << "  " << label(name) << "\n";
    for (const std::string& r : rules) {
      auto it = t->by_rule.find(r);
      const size_t n = it == t->by_rule.end() ? 0 : it->second;
      if (n == 0) continue;
      out << absl::StrFormat("    %-*s %8.2f (%d)\n", rule_width, r, PerThousand(n, t->words), n);
    }
  }

  out << "\nWhom the claims come from (share of reported claims)\n";
  out << absl::StrFormat("%-*s %8s %7s %10s %7s %7s\n", width, "group", "claims", "named", "anonymous",
                         "vague", "none");
  for (const auto& [name, t] : rows) {
    size_t claims = 0;
    for (size_t n : t->claims_by_source) claims += n;
    out << absl::StrFormat(
        "%-*s %8d %6.1f%% %9.1f%% %6.1f%% %6.1f%%\n", width, label(name), claims,
        100 * Share(t->claims_by_source[0], claims), 100 * Share(t->claims_by_source[1], claims),
        100 * Share(t->claims_by_source[2], claims), 100 * Share(t->claims_by_source[3], claims));
  }

  out << "\nQuotes and reporting verbs\n";
  out << absl::StrFormat("%-*s %8s %19s %18s\n", width, "group", "quotes", "quotes per article",
                         "loaded-verb share");
  for (const auto& [name, t] : rows) {
    out << absl::StrFormat("%-*s %8d %19.2f %17.1f%%\n", width, label(name), t->quotes,
                           t->documents == 0 ? 0.0 : static_cast<double>(t->quotes) / t->documents,
                           100 * Share(t->loaded_cues, t->cues));
  }

  out << "\nMost quoted speakers\n";
  for (const auto& [name, t] : rows) {
    out << "  " << label(name) << ":";
    const auto top = t->TopSpeakers(kTopSpeakers);
    if (top.empty()) out << " none";
    for (size_t k = 0; k < top.size(); ++k) {
      out << (k == 0 ? " " : ", ") << top[k].first << " (" << top[k].second << ")";
    }
    out << "\n";
  }
}

void CorpusStats::WriteJsonl(std::ostream& out) const {
  for (const auto& [name, t] : Rows()) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("group");
    if (name == nullptr) {
      w.Null();
    } else {
      w.String(*name);
    }
    if (!group_field_.empty()) w.Field("group_by", group_field_);
    w.Field("documents", t->documents);
    w.Field("words", t->words);
    w.Field("findings", t->findings);
    w.Key("findings_per_1000_words");
    w.Double(PerThousand(t->findings, t->words));
    w.Key("by_category");
    w.BeginObject();
    for (const char* c : kCategories) {
      auto it = t->by_category.find(c);
      w.Field(c, it == t->by_category.end() ? size_t{0} : it->second);
    }
    w.EndObject();
    w.Key("by_rule");
    w.BeginObject();
    for (const auto& [rule, n] : t->by_rule) w.Field(rule, n);
    w.EndObject();
    w.Key("claims_by_source");
    w.BeginObject();
    for (int k = 0; k < kClaimSources; ++k) w.Field(kSourceNames[k], t->claims_by_source[k]);
    w.EndObject();
    w.Field("quotes", t->quotes);
    w.Field("cues", t->cues);
    w.Field("loaded_cues", t->loaded_cues);
    w.Key("top_speakers");
    w.BeginArray();
    for (const auto& [speaker, n] : t->TopSpeakers(kTopSpeakers)) {
      w.BeginArray();
      w.String(speaker);
      w.Int(static_cast<int64_t>(n));
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
    out << line << "\n";
  }
}

void CorpusStats::WriteCsv(std::ostream& out) const {
  out << "group,measure,key,value\n";
  for (const auto& [name, t] : Rows()) {
    const std::string g = name == nullptr ? "(all)" : CsvField(*name);
    auto row = [&out, &g](absl::string_view measure, absl::string_view key, size_t value) {
      out << g << "," << measure << "," << CsvField(key) << "," << value << "\n";
    };
    row("documents", "", t->documents);
    row("words", "", t->words);
    row("findings", "", t->findings);
    for (const char* c : kCategories) {
      auto it = t->by_category.find(c);
      row("category", c, it == t->by_category.end() ? 0 : it->second);
    }
    for (const auto& [rule, n] : t->by_rule) row("rule", rule, n);
    for (int k = 0; k < kClaimSources; ++k) row("claims", kSourceNames[k], t->claims_by_source[k]);
    row("quotes", "", t->quotes);
    row("cues", "", t->cues);
    row("loaded_cues", "", t->loaded_cues);
    for (const auto& [speaker, n] : t->TopSpeakers(kTopSpeakers)) row("quoted", speaker, n);
  }
}

}  // namespace claimcheck
