// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/source/atomicwrite.h"

#include "core/source/posixio.h"
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace compliance {

namespace {

// Owns the temporary file until it is renamed: closes and unlinks it on every early return.
class TemporaryFile
{
public:
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }

    int create(const std::string &pattern)
    {
        m_path = pattern;
        m_fd = ::mkstemp(m_path.data());
        if (m_fd < 0) {
            m_path.clear();
            return errno;
        }
        return 0;
    }

    int close()
    {
        const int result = ::close(m_fd);
        m_fd = -1;
        return result == 0 ? 0 : errno;
    }

    void release() { m_path.clear(); }
    int fd() const { return m_fd; }
    const std::string &path() const { return m_path; }

private:
    int m_fd = -1;
    std::string m_path;
};

} // namespace

Status writeFileAtomically(const std::filesystem::path &path, std::string_view bytes,
                           const std::optional<std::string> &expectedCurrentBytes)
{
    const std::string name = path.string();

    // Replace the target of a symbolic link, not the link itself.
    std::filesystem::path target = path;
    std::error_code linkError;
    if (std::filesystem::is_symlink(path, linkError)) {
        target = std::filesystem::canonical(path, linkError);
        if (linkError)
            return Status::failure(name
                                   + ": cannot resolve the symbolic link: " + linkError.message());
    }
    const std::string targetName = target.string();

    if (expectedCurrentBytes) {
        std::string current;
        if (const int error = readAll(targetName, current); error != 0)
            return Status::failure(
                name + ": cannot read the file to check it before saving: " + errnoText(error));
        if (current != *expectedCurrentBytes)
            return Status::failure(name
                                   + " changed on disk since it was read; reload it before saving");
    }
    // NOTE: another program can still change the file between this check and the rename below,
    // because POSIX has no compare-and-swap for file contents.

    struct stat original = {};
    const bool exists = ::stat(targetName.c_str(), &original) == 0;
    if (!exists && errno != ENOENT)
        return Status::failure(name + ": cannot read the file's permissions: " + errnoText(errno));
    if (exists && isReadOnlyMode(original.st_mode))
        return Status::failure(name + " is read-only; make it writable (chmod u+w) to save it");

    std::filesystem::path folder = target.parent_path();
    if (folder.empty())
        folder = ".";
    TemporaryFile temporary;
    const std::string pattern = (folder / ("." + target.filename().string() + ".XXXXXX")).string();
    if (const int error = temporary.create(pattern); error != 0)
        return Status::failure(name + ": cannot create a temporary file in " + folder.string()
                               + ": " + errnoText(error));

    if (const int error = writeAll(temporary.fd(), bytes); error != 0)
        return Status::failure(name + ": cannot write the temporary file " + temporary.path() + ": "
                               + errnoText(error));
    if (::fsync(temporary.fd()) != 0)
        return Status::failure(name + ": cannot flush the temporary file " + temporary.path()
                               + " to disk: " + errnoText(errno));

    // mkstemp creates the file with mode 0600. NOTE: a new file gets 0644, not 0666 minus the
    // umask, because reading the umask is not thread-safe.
    const mode_t mode = exists ? (original.st_mode & 07777) : 0644;
    if (::fchmod(temporary.fd(), mode) != 0)
        return Status::failure(
            name + ": cannot set permissions on the temporary file: " + errnoText(errno));
    // Only root may give a file away, so EPERM leaves the file owned by the current user.
    if (exists && (original.st_uid != ::geteuid() || original.st_gid != ::getegid())
        && ::fchown(temporary.fd(), original.st_uid, original.st_gid) != 0 && errno != EPERM)
        return Status::failure(
            name + ": cannot set the owner of the temporary file: " + errnoText(errno));

    if (const int error = temporary.close(); error != 0)
        return Status::failure(name + ": cannot close the temporary file " + temporary.path() + ": "
                               + errnoText(error));
    if (::rename(temporary.path().c_str(), targetName.c_str()) != 0)
        return Status::failure(name + ": cannot replace the file: " + errnoText(errno));
    temporary.release();

    // The rename is durable only once the folder entry is flushed. The new content is already in
    // place, so a failure here is not reported: some file systems reject fsync on a folder.
    const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        ::fsync(folderFd);
        ::close(folderFd);
    }
    return {};
}

} // namespace compliance
