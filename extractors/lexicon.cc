#include "extractors/lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/types/span.h"
#include "extractors/embedded.h"

namespace claimcheck {

// Defined in the generated embedded_lexicons.cc.
absl::Span<const EmbeddedFile> EmbeddedLexicons();

const char* CueClassName(CueClass c) {
  switch (c) {
    case CueClass::kNone: return "none";
    case CueClass::kNeutral: return "neutral";
    case CueClass::kLoaded: return "loaded";
    case CueClass::kDenial: return "denial";
    case CueClass::kWarning: return "warning";
    case CueClass::kBelief: return "belief";
    case CueClass::kAttitude: return "attitude";
  }
  return "none";
}

bool ParseCueClass(absl::string_view name, CueClass* out) {
  for (CueClass c : {CueClass::kNeutral, CueClass::kLoaded, CueClass::kDenial,
                     CueClass::kWarning, CueClass::kBelief, CueClass::kAttitude}) {
    if (name == CueClassName(c)) {
      *out = c;
      return true;
    }
  }
  return false;
}

const char* PolarityName(Polarity p) {
  return p == Polarity::kSupports ? "supports" : "contradicts";
}

namespace {

size_t WordCount(absl::string_view s) {
  return std::vector<absl::string_view>(absl::StrSplit(s, ' ', absl::SkipEmpty())).size();
}

absl::Status Bad(absl::string_view file, int line, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ":", line, ": ", what));
}

// Adds the entries of one lexicon file. `file` names it in errors.
absl::Status AddFile(absl::string_view name, absl::string_view file,
                     absl::string_view data, Lexicons* lex) {
  int line_no = 0;
  for (absl::string_view raw : absl::StrSplit(data, '\n')) {
    ++line_no;
    absl::string_view line = absl::StripAsciiWhitespace(raw);
    if (line.empty() || line[0] == '#') continue;
    std::vector<absl::string_view> f = absl::StrSplit(line, '\t');
    for (auto& x : f) x = absl::StripAsciiWhitespace(x);
    auto need = [&](size_t n) -> absl::Status {
      if (f.size() != n) {
        return Bad(file, line_no,
                   absl::StrCat("expected ", n, " tab-separated fields, found ",
                                f.size(), ": '", line, "'"));
      }
      return absl::OkStatus();
    };
    if (name == "reporting_verbs.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      CueClass c;
      if (!ParseCueClass(f[0], &c)) {
        return Bad(file, line_no,
                   absl::StrCat("unknown class '", f[0],
                                "' (expected neutral, loaded, denial, warning, belief or attitude)"));
      }
      std::string form = absl::AsciiStrToLower(f[1]);
      auto [it, inserted] = lex->reporting_verbs.emplace(form, c);
      if (!inserted && it->second != c) {
        return Bad(file, line_no,
                   absl::StrCat("'", form, "' is already listed as ", CueClassName(it->second),
                                "; a form has one class"));
      }
    } else if (name == "abbreviations.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      std::string a(absl::StripSuffix(f[1], "."));
      if (f[0] == "title") {
        lex->title_abbreviations.insert(a);
      } else if (f[0] == "other") {
        lex->other_abbreviations.insert(a);
      } else {
        return Bad(file, line_no,
                   absl::StrCat("unknown kind '", f[0], "' (expected title or other)"));
      }
    } else if (name == "pronouns.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      PronounKind k;
      if (f[0] == "person") k = PronounKind::kPerson;
      else if (f[0] == "group") k = PronounKind::kGroup;
      else if (f[0] == "self") k = PronounKind::kSelf;
      else if (f[0] == "thing") k = PronounKind::kThing;
      else return Bad(file, line_no, absl::StrCat("unknown pronoun kind '", f[0], "'"));
      lex->pronouns[absl::AsciiStrToLower(f[1])] = k;
    } else if (name == "evidence.tsv") {
      if (auto s = need(2); !s.ok()) return s;
      Polarity p;
      if (f[0] == "supports") p = Polarity::kSupports;
      else if (f[0] == "contradicts") p = Polarity::kContradicts;
      else return Bad(file, line_no,
                      absl::StrCat("unknown polarity '", f[0], "' (expected supports or contradicts)"));
      lex->evidence.emplace_back(absl::AsciiStrToLower(f[1]), p);
    } else {
      if (auto s = need(1); !s.ok()) return s;
      std::string v(f[0]);
      if (name == "titles.txt") {
        std::string l = absl::AsciiStrToLower(v);
        lex->max_title_words = std::max(lex->max_title_words, WordCount(l));
        lex->titles.insert(std::move(l));
      } else if (name == "speaker_nouns.txt") {
        lex->speaker_nouns.insert(absl::AsciiStrToLower(v));
      } else if (name == "organisation_words.txt") {
        lex->organisation_words.insert(v);
      } else if (name == "places.txt") {
        lex->max_place_words = std::max(lex->max_place_words, WordCount(v));
        lex->places.insert(v);
      } else if (name == "falsity_words.txt") {
        lex->falsity_words.push_back(absl::AsciiStrToLower(v));
      }
    }
  }
  return absl::OkStatus();
}

// Closed classes the analyzer tests on every token; grammar, not vocabulary.
void BuildWordInfo(Lexicons* lex) {
  auto& t = lex->word_info;
  for (const auto& [form, cls] : lex->reporting_verbs) t[form].cue_class = static_cast<uint8_t>(cls);
  for (absl::string_view w : {"dozens", "hundreds", "thousands", "millions", "billions", "scores", "tens"}) {
    t[std::string(w)].flags |= kFlagVagueQuantity;
  }
  for (absl::string_view w : {"expected", "believed", "thought", "said", "reported", "alleged",
                              "rumored", "rumoured", "understood", "feared", "estimated",
                              "accused", "announced", "claimed", "considered", "suspected",
                              "presumed", "projected", "predicted", "assumed", "reputed",
                              "purported", "told", "described", "seen"}) {
    t[std::string(w)].flags |= kFlagAgentless;
  }
  for (absl::string_view w : {"january", "february", "march", "april", "may", "june", "july",
                              "august", "september", "october", "november", "december", "jan",
                              "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                              "nov", "dec"}) {
    t[std::string(w)].capitalized_flags |= kFlagMonth;
  }
  for (absl::string_view w : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                              "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat",
                              "today", "tonight", "yesterday", "tomorrow"}) {
    t[std::string(w)].capitalized_flags |= kFlagWeekday;
  }
}

}  // namespace

absl::StatusOr<Lexicons> LoadLexicons(const std::vector<std::string>& extra_dirs) {
  Lexicons lex;
  for (const EmbeddedFile& f : EmbeddedLexicons()) {
    absl::Status s = AddFile(f.name, absl::StrCat("<built-in>/lexicons/", f.name), f.data, &lex);
    if (!s.ok()) return absl::InternalError(s.message());
  }
  for (const std::string& dir : extra_dirs) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return absl::InvalidArgumentError(absl::StrCat(
          dir, std::filesystem::exists(dir, ec) ? ": not a directory" : ": no such directory",
          " (--lexicons takes a directory of files named like the built-in ones, e.g. "
          "reporting_verbs.tsv)"));
    }
    bool any = false;
    for (const EmbeddedFile& f : EmbeddedLexicons()) {
      std::string path = absl::StrCat(dir, "/", f.name);
      std::ifstream in(path, std::ios::binary);
      if (!in) continue;
      any = true;
      std::stringstream ss;
      ss << in.rdbuf();
      absl::Status s = AddFile(f.name, path, ss.str(), &lex);
      if (!s.ok()) return s;
    }
    if (!any) {
      return absl::NotFoundError(absl::StrCat(
          dir, ": no lexicon files found (expected files named like the built-in ones, e.g. reporting_verbs.tsv)"));
    }
  }
  auto index = [](const std::string& phrase, Polarity p,
                  absl::flat_hash_map<std::string, std::vector<Lexicons::Phrase>>* out) {
    Lexicons::Phrase ph;
    ph.words = absl::StrSplit(phrase, ' ', absl::SkipEmpty());
    ph.polarity = p;
    if (ph.words.empty()) return;
    auto& list = (*out)[ph.words[0]];
    list.push_back(std::move(ph));
    // Longest first: the first match is the longest.
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
      return a.words.size() > b.words.size();
    });
  };
  for (const auto& [phrase, pol] : lex.evidence) index(phrase, pol, &lex.evidence_by_first);
  // As tokens see them: "Gov." is the token "Gov" and a period.
  auto first_word = [](const std::string& s) {
    std::string w = s.substr(0, s.find(' '));
    while (!w.empty() && w.back() == '.') w.pop_back();
    return w;
  };
  for (const std::string& t : lex.titles) lex.title_first_words.insert(first_word(t));
  for (const std::string& p : lex.places) lex.place_first_words.insert(first_word(p));
  BuildWordInfo(&lex);
  for (const std::string& w : lex.falsity_words) index(w, Polarity::kContradicts, &lex.falsity_by_first);
  return lex;
}

const Lexicons& BuiltinLexicons() {
  static const Lexicons* lex = [] {
    absl::StatusOr<Lexicons> l = LoadLexicons({});
    return new Lexicons(l.ok() ? *std::move(l) : Lexicons());
  }();
  return *lex;
}

}  // namespace claimcheck
