#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opening a log file (`-logo`, `-loga`, `.logopen`, `.logappend`) without harming anyone else's
/// file: created with mode 0600; a symlink is refused (`O_NOFOLLOW`), so is anything that is not a
/// regular file (a FIFO would block, a device would be written) and a file owned by another user
/// (a hard link into someone else's file). The file is truncated only after these checks.
public enum LogFile {
  /// The open descriptor, or the one-line reason: `Unable to open log file 'x': ...`.
  public static func open(path: String, append: Bool) -> Result<Int32, LogFileError> {
    let flags = O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (append ? O_APPEND : 0)
    let fd = Glibc.open(path, flags, 0o600)
    guard fd >= 0 else { return .failure(LogFileError(path: path, reason: String(cString: strerror(errno)))) }
    var st = stat()
    let reason: String?
    if fstat(fd, &st) != 0 {
      reason = String(cString: strerror(errno))
    } else if (st.st_mode & S_IFMT) != S_IFREG {
      reason = "not a regular file"
    } else if st.st_uid != geteuid() {
      reason = "the file belongs to another user"
    } else if !append, ftruncate(fd, 0) != 0 {
      reason = String(cString: strerror(errno))
    } else {
      reason = nil
    }
    if let reason {
      close(fd)
      return .failure(LogFileError(path: path, reason: reason))
    }
    // Back to blocking writes; tighten a loose mode on an existing file of ours.
    _ = fcntl(fd, F_SETFL, append ? O_APPEND : 0)
    if st.st_mode & 0o077 != 0 { _ = fchmod(fd, 0o600) }
    return .success(fd)
  }
}

/// Why a log file was not opened.
public struct LogFileError: Error, CustomStringConvertible {
  public var path: String
  public var reason: String
  public var description: String { "Unable to open log file '\(path)': \(reason)" }
}
