#include "engine/fix/fixes.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace claimcheck {

std::vector<TextEdit> FileEdits(const Document& doc, const std::vector<Finding>& findings) {
  std::vector<TextEdit> edits;
  absl::string_view original = doc.original();
  for (const Finding& f : findings) {
    for (const Fix& x : f.fixes) {
      Span o = doc.ToOriginal(x.span);
      if (o.end > original.size() || o.start > o.end) continue;
      if (original.substr(o.start, o.size()) !=
          absl::string_view(doc.text).substr(x.span.start, x.span.size())) {
        continue;
      }
      edits.push_back(TextEdit{o.start, o.end, x.replacement});
    }
  }
  std::stable_sort(edits.begin(), edits.end(),
                   [](const TextEdit& a, const TextEdit& b) { return a.start < b.start; });
  std::vector<TextEdit> kept;
  for (TextEdit& e : edits) {
    if (!kept.empty() && e.start < kept.back().end) continue;  // overlaps (or repeats) the one before
    kept.push_back(std::move(e));
  }
  return kept;
}

std::string ApplyEdits(absl::string_view text, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(text.size());
  size_t at = 0;
  for (const TextEdit& e : edits) {
    absl::StrAppend(&out, text.substr(at, e.start - at), e.replacement);
    at = e.end;
  }
  absl::StrAppend(&out, text.substr(at));
  return out;
}

namespace {

// The lines of `text`, each with its '\n' (the last may have none).
std::vector<absl::string_view> Lines(absl::string_view text) {
  std::vector<absl::string_view> out;
  size_t at = 0;
  while (at < text.size()) {
    size_t nl = text.find('\n', at);
    size_t end = nl == absl::string_view::npos ? text.size() : nl + 1;
    out.push_back(text.substr(at, end - at));
    at = end;
  }
  return out;
}

void AppendLine(char mark, absl::string_view line, std::string* out) {
  out->push_back(mark);
  absl::StrAppend(out, line);
  if (line.empty() || line.back() != '\n') absl::StrAppend(out, "\n\\ No newline at end of file\n");
}

// "start,count" of a hunk's side; an empty side starts one line before.
std::string Range(size_t start, size_t count) {
  if (count == 0) return absl::StrCat(start == 0 ? 0 : start - 1, ",0");
  return count == 1 ? absl::StrCat(start) : absl::StrCat(start, ",", count);
}

}  // namespace

std::string UnifiedDiff(absl::string_view path, absl::string_view before, absl::string_view after) {
  if (before == after) return "";
  std::vector<absl::string_view> a = Lines(before), b = Lines(after);
  // The shortest edit script, by Myers's O((N+M)D) algorithm over the part
  // between the common head and tail, in O(D^2) memory for its trace: a fix
  // changes few lines, however long the story.
  size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  const long n = static_cast<long>(a.size() - head - tail), m = static_cast<long>(b.size() - head - tail);
  auto same = [&](long x, long y) { return a[head + x] == b[head + y]; };
  const long max = n + m;
  std::vector<long> v(2 * max + 3, 0);  // v[k + max + 1]: furthest x on diagonal k
  auto at = [&](long k) -> long& { return v[k + max + 1]; };
  std::vector<std::vector<long>> trace;  // trace[d][k + d]: v on diagonals -d..d after step d
  for (long d = 0; d <= max; ++d) {
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
      long y = x - k;
      while (x < n && y < m && same(x, y)) ++x, ++y;
      at(k) = x;
      if (x >= n && y >= m) done = true;
    }
    trace.emplace_back(v.begin() + (max + 1 - d), v.begin() + (max + 1 + d + 1));
    if (done) break;
  }
  // Back from (n, m): each step is a snake, and before it one line removed
  // (from diagonal k + 1) or added (from k - 1).
  struct Op {
    char kind;      // ' ' kept, '-' removed, '+' added
    size_t ai, bi;  // 0-based lines of a and b at this step
  };
  std::vector<Op> middle;
  long x = n, y = m;
  for (long d = static_cast<long>(trace.size()) - 1; d >= 0 && (x > 0 || y > 0); --d) {
    const long k = x - y;
    auto prev_v = [&](long kk) { return trace[d - 1][kk + d - 1]; };
    long pk = 0, px = 0;
    if (d > 0) {
      pk = (k == -d || (k != d && prev_v(k - 1) < prev_v(k + 1))) ? k + 1 : k - 1;
      px = prev_v(pk);
    }
    const long py = px - pk;
    const long sx = d > 0 ? (pk == k + 1 ? px : px + 1) : 0;  // where the snake starts
    while (x > sx) {
      --x, --y;
      middle.push_back({' ', head + x, head + y});
    }
    if (d > 0) {
      if (pk == k + 1) {
        middle.push_back({'+', head + px, head + py});
      } else {
        middle.push_back({'-', head + px, head + py});
      }
      x = px, y = py;
    }
  }
  std::reverse(middle.begin(), middle.end());
  // Within a run of changes, removals before additions, as diff(1) writes them.
  for (size_t r = 0; r < middle.size();) {
    if (middle[r].kind == ' ') {
      ++r;
      continue;
    }
    size_t e = r;
    while (e < middle.size() && middle[e].kind != ' ') ++e;
    std::stable_partition(middle.begin() + r, middle.begin() + e, [](const Op& o) { return o.kind == '-'; });
    // Line numbers along the run: removals count a's lines, additions b's.
    size_t ai = middle[r].ai, bi = middle[r].bi;
    for (size_t z = r; z < e; ++z) {
      ai = std::min(ai, middle[z].ai);
      bi = std::min(bi, middle[z].bi);
    }
    for (size_t q = r; q < e; ++q) {
      middle[q].ai = ai;
      middle[q].bi = bi;
      if (middle[q].kind == '-') ++ai;
      if (middle[q].kind == '+') ++bi;
    }
    r = e;
  }
  std::vector<Op> ops;
  for (size_t k = 0; k < head; ++k) ops.push_back({' ', k, k});
  ops.insert(ops.end(), middle.begin(), middle.end());
  for (size_t k = 0; k < tail; ++k) ops.push_back({' ', a.size() - tail + k, b.size() - tail + k});
  // Hunks: changes with three lines of context, merged when their context meets.
  constexpr size_t kContext = 3;
  // Git's a/ and b/ for a relative path (patch -p1); an absolute one as it
  // is (patch -p0). A name with white space ends at a tab, as diff(1) writes it.
  const bool absolute = !path.empty() && path[0] == '/';
  const char* end = path.find_first_of(" \t") != absl::string_view::npos ? "\t\n" : "\n";
  std::string out =
      absl::StrCat("--- ", absolute ? "" : "a/", path, end, "+++ ", absolute ? "" : "b/", path, end);
  size_t k = 0;
  while (k < ops.size()) {
    while (k < ops.size() && ops[k].kind == ' ') ++k;
    if (k == ops.size()) break;
    size_t first = k >= kContext ? k - kContext : 0;
    size_t last = k;  // one past the hunk's last op
    size_t quiet = 0;
    for (size_t x = k; x < ops.size(); ++x) {
      if (ops[x].kind == ' ') {
        if (++quiet > 2 * kContext) break;
      } else {
        quiet = 0;
        last = x + 1;
      }
    }
    last = std::min(ops.size(), last + kContext);
    size_t a_count = 0, b_count = 0;
    for (size_t x = first; x < last; ++x) {
      a_count += ops[x].kind != '+';
      b_count += ops[x].kind != '-';
    }
    absl::StrAppend(&out, "@@ -", Range(ops[first].ai + 1, a_count), " +", Range(ops[first].bi + 1, b_count),
                    " @@\n");
    for (size_t x = first; x < last; ++x) {
      AppendLine(ops[x].kind, ops[x].kind == '+' ? b[ops[x].bi] : a[ops[x].ai], &out);
    }
    k = last;
  }
  return out;
}

}  // namespace claimcheck
