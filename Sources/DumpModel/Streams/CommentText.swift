/// CommentStreamA (type 10) and CommentStreamW (type 11): the whole stream is the text
/// (minidumpapiset.h; nt-layouts.md §1.3). There is no length field; text ends at the first NUL
/// or at the end of the stream.
enum CommentText {
  /// CommentStreamA: ANSI bytes, decoded as UTF-8 when valid and Latin-1 otherwise.
  static func ansi(_ r: StreamReader) throws(DumpError) -> String {
    MinidumpString.decode8Bit(try r.bytes(at: 0, count: r.count, "comment"))
  }

  /// CommentStreamW: UTF-16LE units (an odd trailing byte is ignored).
  static func wide(_ r: StreamReader) throws(DumpError) -> String {
    MinidumpString.decodeUTF16LE(try r.bytes(at: 0, count: r.count, "comment"), stopAtNul: true)
  }
}
