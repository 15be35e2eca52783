#include "engine/cli.h"

#include <iostream>
#include <map>
#include <set>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/extract_output.h"
#include "engine/reader.h"
#include "extractors/analysis.h"
#include "extractors/lexicon.h"

namespace claimcheck {

namespace {

constexpr char kUsage[] =
    "usage: claimcheck COMMAND [flags] PATH...\n"
    "\n"
    "commands:\n"
    "  extract   print sentences, quotes, speakers, claims, evidence and figures\n"
    "  help      print this help\n"
    "\n"
    "Run 'claimcheck COMMAND --help' for a command's flags.\n";

constexpr char kExtractHelp[] =
    "usage: claimcheck extract [flags] PATH...\n"
    "\n"
    "Prints the structure of each document: headings, sentences, quotes with\n"
    "their speakers and cues, reported claims, evidence and figures.\n"
    "PATH is a .txt, .md, .html/.htm or .jsonl file, a directory (read\n"
    "recursively, sorted), or - for stdin.\n"
    "\n"
    "flags:\n"
    "  --format=text|jsonl     output format (default text)\n"
    "  --text-field=NAME       JSONL field holding the text (default text)\n"
    "  --id-field=NAME         JSONL field holding the id (default id; the line number when absent)\n"
    "  --stdin-format=auto|text|markdown|html|jsonl   format of - (default auto)\n"
    "  --lexicons=DIR          add the word lists in DIR to the built-in lexicons\n"
    "  --help                  print this help\n";

struct Flags {
  std::map<std::string, std::string> values;
  std::vector<std::string> paths;
  bool help = false;
};

// Parses --name=value / --name value / --flag. Unknown flags are an error.
bool ParseFlags(const std::vector<std::string>& args, size_t from,
                const std::set<std::string>& valued, const std::set<std::string>& boolean,
                Flags* f, std::string* error) {
  for (size_t i = from; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-" || !absl::StartsWith(a, "-")) {
      f->paths.push_back(a);
      continue;
    }
    if (a == "--") {
      for (++i; i < args.size(); ++i) f->paths.push_back(args[i]);
      break;
    }
    if (a == "--help" || a == "-h") {
      f->help = true;
      continue;
    }
    std::string name = a.substr(2), value;
    size_t eq = name.find('=');
    bool has_value = eq != std::string::npos;
    if (has_value) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (!absl::StartsWith(a, "--")) {
      *error = absl::StrCat("unknown flag '", a, "'");
      return false;
    }
    if (valued.count(name)) {
      if (!has_value) {
        if (i + 1 >= args.size()) {
          *error = absl::StrCat("flag --", name, " needs a value");
          return false;
        }
        value = args[++i];
      }
      f->values[name] = value;
    } else if (boolean.count(name)) {
      if (has_value) {
        *error = absl::StrCat("flag --", name, " takes no value");
        return false;
      }
      f->values[name] = "true";
    } else {
      *error = absl::StrCat("unknown flag '--", name, "'");
      return false;
    }
  }
  return true;
}

std::string Get(const Flags& f, const std::string& name, const std::string& def) {
  auto it = f.values.find(name);
  return it == f.values.end() ? def : it->second;
}

int Usage(std::ostream& err, const std::string& msg, const char* help) {
  err << "claimcheck: " << msg << "\n\n" << help;
  return 2;
}

int RunExtract(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
               std::ostream& err) {
  Flags f;
  std::string error;
  if (!ParseFlags(args, 1, {"format", "text-field", "id-field", "stdin-format", "lexicons"}, {},
                  &f, &error)) {
    return Usage(err, error, kExtractHelp);
  }
  if (f.help) {
    out << kExtractHelp;
    return 0;
  }
  std::string format = Get(f, "format", "text");
  if (format != "text" && format != "jsonl") {
    return Usage(err, absl::StrCat("unknown --format '", format, "' (expected text or jsonl)"),
                 kExtractHelp);
  }
  if (f.paths.empty()) return Usage(err, "no input: give a PATH or - for stdin", kExtractHelp);
  std::vector<std::string> lex_dirs;
  if (f.values.count("lexicons")) lex_dirs.push_back(f.values["lexicons"]);
  absl::StatusOr<Lexicons> lex = LoadLexicons(lex_dirs);
  if (!lex.ok()) {
    err << "claimcheck: " << lex.status().message() << "\n";
    return 2;
  }
  ReaderOptions ro;
  ro.text_field = Get(f, "text-field", "text");
  ro.id_field = Get(f, "id-field", "id");
  ro.stdin_format = Get(f, "stdin-format", "auto");
  Analyzer analyzer(*lex);
  DocumentStream stream(f.paths, ro, &in);
  InputItem item;
  size_t docs = 0, failed = 0, bytes = 0;
  std::string buf;
  while (stream.Next(&item)) {
    bytes += item.bytes;
    if (!item.status.ok()) {
      ++failed;
      err << "claimcheck: error: " << item.status.message() << "\n";
      continue;
    }
    ++docs;
    Analysis a = analyzer.Analyze(item.doc);
    buf.clear();
    if (format == "jsonl") {
      WriteExtractJsonl(item.doc, a, &buf);
    } else {
      WriteExtractText(item.doc, a, &buf);
    }
    out << buf;
  }
  out.flush();
  err << "claimcheck: " << docs << " documents read, " << failed << " failed, " << bytes
      << " bytes\n";
  return failed > 0 ? 2 : 0;
}

}  // namespace

int RunCli(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err) {
  if (args.empty()) {
    err << kUsage;
    return 2;
  }
  const std::string& cmd = args[0];
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    out << kUsage;
    return 0;
  }
  if (cmd == "extract") return RunExtract(args, in, out, err);
  err << "claimcheck: unknown command '" << cmd << "'\n\n" << kUsage;
  return 2;
}

}  // namespace claimcheck
