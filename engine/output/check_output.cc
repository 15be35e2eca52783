#include "engine/output/check_output.h"

#include "engine/json/json_writer.h"

namespace claimcheck {

void WriteFindingsJsonl(const Document& doc, const std::vector<Finding>& findings, std::string* out) {
  LineIndex lines(doc.original());
  JsonWriter w(out);
  for (const Finding& f : findings) {
    Span o = doc.ToOriginal(f.span);
    Position p = lines.At(o.start), q = lines.At(o.end);
    w.BeginObject();
    w.Field("path", doc.path);
    w.Field("doc_id", doc.doc_id.empty() ? doc.path : doc.doc_id);
    w.Field("line", p.line);
    w.Field("column", p.column);
    w.Field("end_line", q.line);
    w.Field("end_column", q.column);
    w.Field("start", o.start);
    w.Field("end", o.end);
    w.Field("rule", f.rule);
    w.Field("category", f.category);
    w.Field("severity", SeverityName(f.severity));
    w.Field("message", f.message);
    w.Field("text", absl::string_view(doc.text).substr(f.span.start, f.span.size()));
    WriteOriginalSpan(doc, "speaker", !f.speaker.empty(), f.speaker, &w);
    WriteOriginalSpan(doc, "cue", !f.cue.empty(), f.cue, &w);
    WriteOriginalSpan(doc, "evidence", !f.evidence.empty(), f.evidence, &w);
    // What the rule offers instead: replace original bytes [start, end).
    w.Key("fixes");
    w.BeginArray();
    for (const Fix& x : f.fixes) {
      Span xo = doc.ToOriginal(x.span);
      w.BeginObject();
      w.Field("start", xo.start);
      w.Field("end", xo.end);
      w.Field("replacement", x.replacement);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out->push_back('\n');
  }
}

}  // namespace claimcheck
