"""claimcheck's C++ rules: the native ones with the language standard set.

Bazel's default C++ toolchain compiles as C++11 (`-std=c++0x`); claimcheck
is C++17. The flag is set here, on every target, rather than only in this
workspace's .bazelrc, so that a workspace that loads claimcheck as an
external repository (tools/repositories.bzl) builds it with its own flags.
"""

CLAIMCHECK_COPTS = ["-std=c++17"]

def _with_std(kwargs):
    kwargs["copts"] = CLAIMCHECK_COPTS + kwargs.get("copts", [])
    return kwargs

def cc_library(**kwargs):
    native.cc_library(**_with_std(kwargs))

def cc_binary(**kwargs):
    native.cc_binary(**_with_std(kwargs))

def cc_test(**kwargs):
    native.cc_test(**_with_std(kwargs))
