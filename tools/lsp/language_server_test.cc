// The language server spoken to byte for byte: framing, the methods an
// editor calls, UTF-16 positions, configuration reloads, and bad input.
#include "tools/lsp/language_server.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "engine/json/json_reader.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

namespace fs = std::filesystem;

std::string Frame(const std::string& body) {
  return absl::StrCat("Content-Length: ", body.size(), "\r\n\r\n", body);
}

// The bodies of the framed messages in `out`; fails the test on anything
// that is not a well-formed message (nothing else may reach stdout).
std::vector<std::string> Bodies(const std::string& out) {
  std::vector<std::string> bodies;
  size_t at = 0;
  while (at < out.size()) {
    const std::string head = "Content-Length: ";
    EXPECT_EQ(out.compare(at, head.size(), head), 0)
        << "not a header at byte " << at << ": " << out.substr(at);
    size_t end = out.find("\r\n\r\n", at);
    if (end == std::string::npos) {
      ADD_FAILURE() << "unterminated header";
      break;
    }
    size_t n = std::stoul(out.substr(at + head.size(), end - at - head.size()));
    bodies.push_back(out.substr(end + 4, n));
    at = end + 4 + n;
  }
  return bodies;
}

struct Session {
  int code;
  std::vector<std::string> bodies;
};

Session Serve(const std::string& input, PipelineOptions o = {}) {
  std::istringstream in(input);
  std::ostringstream out;
  int code = RunLanguageServer(in, out, o);
  return {code, Bodies(out.str())};
}

std::string Request(int id, const std::string& method, const std::string& params) {
  return Frame(absl::StrCat("{\"jsonrpc\":\"2.0\",\"id\":", id, ",\"method\":\"", method,
                            "\",\"params\":", params, "}"));
}
std::string Notification(const std::string& method, const std::string& params) {
  return Frame(absl::StrCat("{\"jsonrpc\":\"2.0\",\"method\":\"", method, "\",\"params\":", params, "}"));
}

const std::string kInit =
    Request(1, "initialize", "{\"capabilities\":{}}") + Notification("initialized", "{}");
const std::string kEnd = Request(99, "shutdown", "null") + Notification("exit", "null");
constexpr char kInitResult[] =
    "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"capabilities\":{\"positionEncoding\":\"utf-16\","
    "\"textDocumentSync\":{\"openClose\":true,\"change\":2,\"save\":{\"includeText\":false}},"
    "\"hoverProvider\":true,\"codeActionProvider\":{\"codeActionKinds\":[\"quickfix\"]}},"
    "\"serverInfo\":{\"name\":\"claimcheck\",\"version\":\"0.1.0\"}}}";

std::string Open(const std::string& uri, const std::string& language, const std::string& text) {
  std::string escaped = absl::StrReplaceAll(text, {{"\\", "\\\\"}, {"\"", "\\\""}, {"\n", "\\n"}});
  return Notification("textDocument/didOpen",
                      absl::StrCat("{\"textDocument\":{\"uri\":\"", uri, "\",\"languageId\":\"", language,
                                   "\",\"version\":1,\"text\":\"", escaped, "\"}}"));
}

JsonValue Parse(const std::string& body) {
  JsonValue v;
  JsonError e;
  EXPECT_TRUE(ParseJson(body, &v, &e)) << e.message << ": " << body;
  return v;
}

std::string RangeOf(const JsonValue& r) {
  return absl::StrCat(r["start"]["line"].text(), ":", r["start"]["character"].text(), "-",
                      r["end"]["line"].text(), ":", r["end"]["character"].text());
}

TEST(Utf16LinesTest, PositionsCountUtf16UnitsAndEveryKindOfLineBreak) {
  // "é" is 2 bytes and 1 unit; "😀" 4 bytes and 2 units; “ 3 bytes and 1 unit.
  const std::string text =
      "a\xC3\xA9\xF0\x9F\x98\x80\xE2\x80\x9C"
      "b\r\nc\rd\ne";
  Utf16Lines lines(text);
  auto at = [&](size_t o) {
    LspPosition p = lines.ToPosition(o);
    return absl::StrCat(p.line, ":", p.character);
  };
  EXPECT_EQ(at(0), "0:0");
  EXPECT_EQ(at(3), "0:2");   // after é
  EXPECT_EQ(at(7), "0:4");   // after the emoji: two units
  EXPECT_EQ(at(10), "0:5");  // after “
  EXPECT_EQ(at(13), "1:0");  // after \r\n
  EXPECT_EQ(at(15), "2:0");  // after a lone \r
  EXPECT_EQ(at(17), "3:0");
  EXPECT_EQ(lines.ToOffset({0, 4}), 7u);
  EXPECT_EQ(lines.ToOffset({0, 3}), 3u);    // inside the surrogate pair: its start
  EXPECT_EQ(lines.ToOffset({0, 99}), 11u);  // past the end of a line: its end, before \r\n
  EXPECT_EQ(lines.ToOffset({1, 1}), 14u);
  EXPECT_EQ(lines.ToOffset({9, 0}), text.size());
}

TEST(LanguageServerTest, ASessionFromInitializeToExit) {
  // A non-BMP character and curly quotes before the findings: ranges are in UTF-16 units.
  const std::string text =
      "# Vote \xF0\x9F\x97\xB3\n\n"
      "\xE2\x80\x9CWe claimed nothing,\xE2\x80\x9D the owners said. Councillor Ana Ruiz claimed that the "
      "depot was "
      "unsafe.\n";
  const std::string uri = "file:///newsroom/vote.md";
  const std::string input =
      kInit + Open(uri, "markdown", text) +
      Request(2, "textDocument/hover",
              "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":2,\"character\":62}}") +
      Request(
          3, "textDocument/codeAction",
          "{\"textDocument\":{\"uri\":\"" + uri +
              "\"},\"range\":{\"start\":{\"line\":2,\"character\":62},\"end\":{\"line\":2,\"character\":62}},"
              "\"context\":{\"diagnostics\":[]}}") +
      // The code action's edit, sent back as the editor applies it.
      Notification(
          "textDocument/didChange",
          "{\"textDocument\":{\"uri\":\"" + uri +
              "\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":2,\"character\":59},"
              "\"end\":{\"line\":2,\"character\":66}},\"text\":\"said\"}]}") +
      Notification("textDocument/didClose", "{\"textDocument\":{\"uri\":\"" + uri + "\"}}") + kEnd;
  Session s = Serve(input);
  EXPECT_EQ(s.code, 0);
  ASSERT_EQ(s.bodies.size(), 7u);
  EXPECT_EQ(s.bodies[0], kInitResult);
  // Diagnostics: the finding outside the quote, its speaker and cue as related places.
  JsonValue pub = Parse(s.bodies[1]);
  EXPECT_EQ(pub["method"].text(), "textDocument/publishDiagnostics");
  EXPECT_EQ(pub["params"]["uri"].text(), uri);
  EXPECT_EQ(pub["params"]["version"].text(), "1");
  const JsonValue& diags = pub["params"]["diagnostics"];
  ASSERT_EQ(diags.items().size(), 1u) << s.bodies[1];
  const JsonValue& d = diags[0];
  EXPECT_EQ(RangeOf(d["range"]), "2:59-2:66");
  EXPECT_EQ(d["severity"].text(), "2");
  EXPECT_EQ(d["code"].text(), "attribution.doubt");
  EXPECT_EQ(d["source"].text(), "claimcheck");
  EXPECT_EQ(d["message"].text(),
            "\xE2\x80\x9C"
            "claimed\xE2\x80\x9D casts doubt on what Councillor Ana Ruiz said; "
            "\xE2\x80\x9C"
            "said\xE2\x80\x9D is neutral");
  ASSERT_EQ(d["relatedInformation"].items().size(), 2u);
  EXPECT_EQ(d["relatedInformation"][0]["message"].text(), "speaker: Councillor Ana Ruiz");
  EXPECT_EQ(RangeOf(d["relatedInformation"][0]["location"]["range"]), "2:39-2:58");
  EXPECT_EQ(d["relatedInformation"][1]["message"].text(), "reporting cue: claimed");
  // Hover: the finding, its rule's description and fix, and the claim with its speaker.
  EXPECT_EQ(s.bodies[2],
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{\"contents\":{\"kind\":\"markdown\",\"value\":\"**"
            "claimcheck** "
            "`attribution.doubt` (warning): \xE2\x80\x9C"
            "claimed\xE2\x80\x9D casts doubt on what Councillor Ana "
            "Ruiz said; \xE2\x80\x9C"
            "said\xE2\x80\x9D is neutral\\n\\nVerbs that cast doubt on the speaker.\\n\\nFix: "
            "\xE2\x80\x9C"
            "claimed\xE2\x80\x9D \xE2\x86\x92 \xE2\x80\x9C"
            "said\xE2\x80\x9D\\n\\n---\\n\\n**Reported "
            "claim**: \xE2\x80\x9C"
            "the depot was unsafe\xE2\x80\x9D\\n\\nSpeaker: **Councillor Ana Ruiz** \xC2\xB7 "
            "cue: \xE2\x80\x9C"
            "claimed\xE2\x80\x9D\"},\"range\":{\"start\":{\"line\":2,\"character\":59},\"end\":"
            "{\"line\":2,\"character\":66}}}}");
  // The code action: the fix as a workspace edit, with the diagnostic it fixes.
  JsonValue actions = Parse(s.bodies[3]);
  ASSERT_EQ(actions["result"].items().size(), 1u) << s.bodies[3];
  const JsonValue& a = actions["result"][0];
  EXPECT_EQ(a["title"].text(),
            "Replace \xE2\x80\x9C"
            "claimed\xE2\x80\x9D with \xE2\x80\x9C"
            "said\xE2\x80\x9D");
  EXPECT_EQ(a["kind"].text(), "quickfix");
  EXPECT_EQ(a["diagnostics"][0]["code"].text(), "attribution.doubt");
  const JsonValue& edit = a["edit"]["changes"][uri][0];
  EXPECT_EQ(RangeOf(edit["range"]), "2:59-2:66");
  EXPECT_EQ(edit["newText"].text(), "said");
  // After the edit: nothing left to report; after closing: diagnostics cleared.
  EXPECT_EQ(s.bodies[4],
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":\"" +
                uri + "\",\"version\":2,\"diagnostics\":[]}}");
  EXPECT_EQ(s.bodies[5],
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":\"" +
                uri + "\",\"diagnostics\":[]}}");
  EXPECT_EQ(s.bodies[6], "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":null}");
}

TEST(LanguageServerTest, BadInputIsAnsweredWithTheProtocolsErrorsAndServingGoesOn) {
  const std::string input =
      // Before initialize: a request is refused, a notification dropped.
      Request(7, "textDocument/hover", "{}") + Open("file:///a.txt", "plaintext", "It may rain.") + kInit +
      Frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":") +                                // malformed JSON
      Frame("[1,2]") +                                                                    // no object
      "Content-Type: application/vscode-jsonrpc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":3}" +  // no Content-Length
      Request(4, "workspace/symbol", "{}") +                                              // unknown method
      Notification("$/unknownNotification", "{}") +                                       // ignored
      Request(
          5, "textDocument/hover",
          "{\"textDocument\":{\"uri\":\"file:///closed.md\"},\"position\":{\"line\":0,\"character\":0}}") +
      Frame("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"x\",\"params\":\"\xC3\"}") +  // invalid UTF-8
      Frame("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"shutdown\"}") +              // bad id
      kEnd;
  Session s = Serve(input);
  EXPECT_EQ(s.code, 0);
  std::vector<std::string> want = {
      "{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32002,\"message\":\"the server is not "
      "initialized\"}}",
      kInitResult,
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse error at byte 33: "
      "unexpected end of the text\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"a message must be a JSON "
      "object\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"missing Content-Length "
      "header\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32601,\"message\":\"method not found: "
      "workspace/symbol\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32602,\"message\":\"document not open: "
      "file:///closed.md\"}}",
      "",  // invalid UTF-8: checked below (the parser's message)
      "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"method must be a string and "
      "id a "
      "number or a string\"}}",
      "{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":null}",
  };
  ASSERT_EQ(s.bodies.size(), want.size()) << absl::StrJoin(s.bodies, "\n");
  for (size_t k = 0; k < want.size(); ++k) {
    if (k == 7) {
      EXPECT_EQ(
          s.bodies[k].rfind("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"parse "
                            "error at byte ",
                            0),
          0u)
          << s.bodies[k];
      continue;
    }
    EXPECT_EQ(s.bodies[k], want[k]) << k;
  }
  // Exit without shutdown: 1; the end of input without exit: 1.
  EXPECT_EQ(Serve(kInit + Notification("exit", "null")).code, 1);
  EXPECT_EQ(Serve(kInit).code, 1);
  // After shutdown, requests are refused.
  Session after = Serve(kInit + Request(2, "shutdown", "null") + Request(3, "textDocument/hover", "{}") +
                        Notification("exit", "null"));
  ASSERT_EQ(after.bodies.size(), 3u);
  EXPECT_EQ(after.bodies[2],
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32600,\"message\":\"the server is shutting "
            "down\"}}");
}

TEST(LanguageServerTest, HoverOverAClaimShowsItsSpeakerCueAndEvidence) {
  const std::string uri = "file:///desk/audit.txt";
  const std::string text = "Okafor said the plant met every standard, a claim backed by a state audit.";
  Session s = Serve(
      kInit + Open(uri, "plaintext", text) +
      Request(2, "textDocument/hover",
              "{\"textDocument\":{\"uri\":\"" + uri + "\"},\"position\":{\"line\":0,\"character\":20}}") +
      kEnd);
  ASSERT_EQ(s.bodies.size(), 4u);
  JsonValue hover = Parse(s.bodies[2]);
  EXPECT_EQ(hover["result"]["contents"]["value"].text(),
            "**Reported claim**: \xE2\x80\x9C"
            "the plant met every standard\xE2\x80\x9D\n\nSpeaker: **Okafor** \xC2\xB7 "
            "cue: \xE2\x80\x9C"
            "said\xE2\x80\x9D\n\nEvidence (supports): \xE2\x80\x9C"
            "a claim backed by a state "
            "audit\xE2\x80\x9D")
      << s.bodies[2];
  EXPECT_EQ(RangeOf(hover["result"]["range"]), "0:12-0:40");
}

TEST(LanguageServerTest, AChangedConfigurationAppliesWithoutARestart) {
  fs::path dir = fs::path(::testing::TempDir()) / "lsp_config";
  fs::remove_all(dir);
  fs::create_directories(dir / "desk");
  const std::string uri = "file://" + (dir / "desk" / "story.txt").string();
  const std::string text = "Ruiz claimed that the depot was unsafe. It may rain.";
  auto codes = [](const std::string& body) {
    std::vector<std::string> out;
    JsonValue v = Parse(body);
    for (const JsonValue& d : v["params"]["diagnostics"].items()) out.push_back(d["code"].text());
    return out;
  };
  LanguageServer server({});
  auto handle = [&](const std::string& framed) {
    std::vector<std::string> all;
    for (const std::string& body : Bodies(framed)) {
      for (std::string& r : server.Handle(body)) all.push_back(std::move(r));
    }
    return all;
  };
  int version = 1;
  // The configuration is written, edited, broken and deleted between two
  // checks of the document, with no notification about it: each next check
  // (a keystroke) sees what is on disk.
  auto edit = [&]() {
    return handle(Notification("textDocument/didChange",
                               absl::StrCat("{\"textDocument\":{\"uri\":\"", uri, "\",\"version\":",
                                            ++version, "},\"contentChanges\":[{\"text\":\"", text, "\"}]}")));
  };
  std::vector<std::string> r = handle(kInit + Open(uri, "plaintext", text));
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(codes(r[1]), (std::vector<std::string>{"attribution.doubt", "hedged.modal"}));
  // Created in a parent directory after the document was opened.
  std::ofstream(dir / ".claimcheck.yaml") << "disable: [hedged]\n";
  r = edit();
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(codes(r[0]), (std::vector<std::string>{"attribution.doubt"}));
  std::ofstream(dir / ".claimcheck.yaml", std::ios::trunc) << "disable: [attribution]\n";
  r = edit();
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(codes(r[0]), (std::vector<std::string>{"hedged.modal"}));
  // Broken: a diagnostic at the document's start, naming the file and place.
  std::ofstream(dir / ".claimcheck.yaml", std::ios::trunc) << "disable: [attribution\n";
  r = edit();
  ASSERT_EQ(r.size(), 1u);
  JsonValue broken = Parse(r[0]);
  ASSERT_EQ(broken["params"]["diagnostics"].items().size(), 1u) << r[0];
  EXPECT_EQ(RangeOf(broken["params"]["diagnostics"][0]["range"]), "0:0-0:0");
  EXPECT_NE(broken["params"]["diagnostics"][0]["message"].text().find(".claimcheck.yaml:"), std::string::npos)
      << r[0];
  // Deleted: the built-in defaults again.
  fs::remove(dir / ".claimcheck.yaml");
  r = edit();
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(codes(r[0]), (std::vector<std::string>{"attribution.doubt", "hedged.modal"}));
}

TEST(LanguageServerTest, EdgesOfInputStayInStep) {
  // A length no message has: refused without being read into memory.
  Session big = Serve(kInit + "Content-Length: 99999999999\r\n\r\n{}");
  ASSERT_EQ(big.bodies.size(), 2u);
  EXPECT_EQ(big.bodies[1],
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"message of "
            "99999999999 bytes "
            "is over the limit of 67108864\"}}");
  EXPECT_EQ(big.code, 1);
  const std::string uri = "file:///desk/a.txt";
  auto change = [&](int version, const std::string& at, const std::string& text) {
    return Notification("textDocument/didChange",
                        absl::StrCat("{\"textDocument\":{\"uri\":\"", uri, "\",\"version\":", version,
                                     "},\"contentChanges\":[{\"range\":{\"start\":", at, ",\"end\":", at,
                                     "},\"text\":\"", text, "\"}]}"));
  };
  const std::string start = "{\"line\":0,\"character\":0}", second = "{\"line\":0,\"character\":1}";
  Session s = Serve(kInit + Request(2, "initialize", "{}") + Open("file:///desk/empty.md", "markdown", "") +
                    Open(uri, "plaintext", "Ruiz claimed that it rained.") +
                    // A lone surrogate is one unit (U+FFFD): the next change lands where the editor put it.
                    change(2, start, "\\udc00") + change(3, second, "X") + kEnd);
  ASSERT_EQ(s.bodies.size(), 7u);
  EXPECT_EQ(s.bodies[1],
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32600,\"message\":\"initialize was already "
            "called\"}}");
  // A new, empty file: no diagnostics, no error.
  EXPECT_EQ(s.bodies[2],
            "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":\"file:/"
            "//desk/"
            "empty.md\",\"version\":1,\"diagnostics\":[]}}");
  JsonValue last = Parse(s.bodies[5]);
  EXPECT_EQ(last["params"]["version"].text(), "3");
  ASSERT_EQ(last["params"]["diagnostics"].items().size(), 1u) << s.bodies[5];
  EXPECT_EQ(RangeOf(last["params"]["diagnostics"][0]["range"]), "0:7-0:14");
}

}  // namespace
}  // namespace claimcheck
