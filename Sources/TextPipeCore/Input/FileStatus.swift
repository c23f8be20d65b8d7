import Foundation

/// What `stat` says about a path, in the terms the input walk needs.
struct FileStatus {
    /// What sort of thing the path names.
    enum Kind {
        case directory
        case regularFile
        case symbolicLink
        /// A named pipe, socket or device: reading it may block or never end.
        case other
    }

    /// The file itself, whatever the path to it (through links, `..`, hard links): device and inode.
    struct Identity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    var kind: Kind
    var identity: Identity
    /// Its size in bytes.
    var size: Int

    /// The status of what `path` leads to, following symbolic links; nil
    /// (with `errno` set) when there is nothing there or it cannot be reached.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    /// The status of `path` itself, a symbolic link not followed.
    init?(linkAt path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.init(status)
    }

    private init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFDIR: kind = .directory
        case S_IFREG: kind = .regularFile
        case S_IFLNK: kind = .symbolicLink
        default: kind = .other
        }
        identity = Identity(
            device: UInt64(truncatingIfNeeded: status.st_dev), inode: UInt64(truncatingIfNeeded: status.st_ino))
        size = Int(status.st_size)
    }
}
