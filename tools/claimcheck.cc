// claimcheck: reads news articles, extracts who asserts what, and checks the
// claims against YAML rule packs. See README.md for commands and flags.
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "tools/cli.h"

namespace {

// Standard output, written with write(2) so that the first error is kept
// with its errno: a full disk or a closed file must not pass for success.
class StdoutBuf : public std::streambuf {
 public:
  StdoutBuf() { setp(buf_, buf_ + sizeof(buf_)); }
  ~StdoutBuf() override { Drain(); }
  // The errno of the first failed write, 0 when every byte was written.
  int error() const { return error_; }
  int Drain() {
    for (char* p = pbase(); p < pptr() && error_ == 0;) {
      ssize_t n = ::write(STDOUT_FILENO, p, pptr() - p);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        break;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof(buf_));
    return error_ == 0 ? 0 : -1;
  }

 protected:
  int_type overflow(int_type ch) override {
    if (Drain() != 0) return traits_type::eof();
    if (!traits_type::eq_int_type(ch, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(ch);
      pbump(1);
    }
    return traits_type::not_eof(ch);
  }
  int sync() override { return Drain(); }

 private:
  char buf_[1 << 16];
  int error_ = 0;
};

// Standard input, read with read(2) in 1 MiB blocks. std::cin, kept in step
// with C stdio, fetches one character per call: a corpus piped into
// `claimcheck check -` ran at 26 MB/s against 45 MB/s from the file. A read
// error ends the input and is kept, to be reported: never taken for its end.
class StdinBuf : public std::streambuf {
 public:
  StdinBuf() : buf_(1 << 20) { setg(buf_.data(), buf_.data(), buf_.data()); }
  int error() const { return error_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (error_ != 0) return traits_type::eof();
    for (;;) {
      ssize_t n = ::read(STDIN_FILENO, buf_.data(), buf_.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) error_ = errno;
      if (n <= 0) return traits_type::eof();
      setg(buf_.data(), buf_.data(), buf_.data() + n);
      return traits_type::to_int_type(*gptr());
    }
  }

 private:
  std::vector<char> buf_;
  int error_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  // Under `bazel run`, paths on the command line are relative to where the
  // user typed it, not to the runfiles tree.
  if (const char* wd = std::getenv("BUILD_WORKING_DIRECTORY"); wd != nullptr && *wd != '\0') {
    if (chdir(wd) != 0) {
      std::cerr << "claimcheck: cannot enter " << wd << "\n";
      return 2;
    }
  }
  std::vector<std::string> args(argv + 1, argv + argc);
  StdoutBuf buf;
  std::streambuf* original = std::cout.rdbuf(&buf);
  StdinBuf in_buf;
  std::istream in(&in_buf);
  int status = claimcheck::RunCli(args, in, std::cout, std::cerr);
  std::cout.flush();
  std::cout.rdbuf(original);
  if (in_buf.error() != 0) {
    std::cerr << "claimcheck: error reading standard input: " << std::strerror(in_buf.error()) << "\n";
    status = 2;
  }
  if (buf.error() != 0) {
    std::cerr << "claimcheck: error writing to standard output: " << std::strerror(buf.error()) << "\n";
    return 2;
  }
  return status;
}
