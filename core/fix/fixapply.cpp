// SPDX-FileCopyrightText: 2026 Compliance Viewer authors
// SPDX-License-Identifier: MIT
#include "core/fix/fixapply.h"

#include "core/source/atomicwrite.h"
#include "core/source/posixio.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace compliance {

Status saveText(const SourceFile &file, std::string_view newText)
{
    const Status written
        = writeFileAtomically(file.path(), file.encodeForDisk(newText), file.originalBytes());
    if (written)
        return written;
    // The writer's reason ends without a full stop; only a read-only file's names the remedy.
    std::string message = "Could not save " + file.path() + ": " + written.error() + ".";
    if (written.error().find("read-only") == std::string::npos)
        message += " Check that the file and its folder are writable, and try again.";
    return Status::failure(message);
}

namespace {

// One file on its way to disk. `target` is the file a symbolic link points to, so the link
// itself is kept. `temporary` is empty until the temporary file exists and after it was
// renamed or removed.
struct PendingFile
{
    const FileBytes *file = nullptr;
    std::string target;
    std::string temporary;
    bool renamed = false;
};

std::string resolveTarget(const std::string &path, std::string &error)
{
    std::error_code code;
    if (!std::filesystem::is_symlink(path, code))
        return path;
    const std::filesystem::path target = std::filesystem::canonical(path, code);
    if (code)
        error = "cannot resolve the symbolic link: " + code.message();
    return target.string();
}

std::string folderOf(const std::string &target)
{
    const std::filesystem::path folder = std::filesystem::path(target).parent_path();
    return folder.empty() ? std::string(".") : folder.string();
}

// Writes `bytes` to a new temporary file beside `pending.target` with the target's mode and
// owner, and fsyncs it. Returns an empty string or the reason it failed, leaving no file.
std::string writeTemporary(PendingFile &pending, std::string_view bytes)
{
    struct stat original = {};
    if (::stat(pending.target.c_str(), &original) != 0)
        return "cannot read the file's permissions: " + errnoText(errno);
    if (isReadOnlyMode(original.st_mode))
        return "the file is read-only; make it writable (chmod u+w) to save it";

    const std::string folder = folderOf(pending.target);
    std::string pattern
        = (std::filesystem::path(folder)
           / ("." + std::filesystem::path(pending.target).filename().string() + ".XXXXXX"))
              .string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return "cannot create a temporary file in " + folder + ": " + errnoText(errno);
    pending.temporary = pattern;

    std::string reason;
    if (const int error = writeAll(fd, bytes); error != 0)
        reason = "cannot write the temporary file " + pattern + ": " + errnoText(error);
    else if (::fsync(fd) != 0)
        reason = "cannot flush the temporary file " + pattern + " to disk: " + errnoText(errno);
    else if (::fchmod(fd, original.st_mode & 07777) != 0)
        reason = "cannot set permissions on the temporary file: " + errnoText(errno);
    // Only root may give a file away, so EPERM leaves the file owned by the current user.
    else if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid())
             && ::fchown(fd, original.st_uid, original.st_gid) != 0 && errno != EPERM)
        reason = "cannot set the owner of the temporary file: " + errnoText(errno);

    if (::close(fd) != 0 && reason.empty())
        reason = "cannot close the temporary file " + pattern + ": " + errnoText(errno);
    if (!reason.empty()) {
        ::unlink(pattern.c_str());
        pending.temporary.clear();
    }
    return reason;
}

// Flushes a folder entry so a rename in it survives a crash. Some file systems reject fsync
// on a folder, and the new content is in place by then, so a failure is ignored.
void syncFolder(const std::string &folder)
{
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

std::string injectedFault(const SaveFaultHook &hook, SaveStep step, const std::string &path)
{
    return hook ? hook(step, path) : std::string();
}

// Removes the temporary files that were not renamed and gives the renamed files their original
// bytes back. Returns sentences that name the restored files and any file not restored.
std::string rollBack(std::vector<PendingFile> &pending)
{
    std::string restored;
    std::string failures;
    for (PendingFile &file : pending) {
        if (!file.temporary.empty()) {
            ::unlink(file.temporary.c_str());
            file.temporary.clear();
        }
        if (!file.renamed)
            continue;
        const Status status = writeFileAtomically(file.target, file.file->expectedBytes);
        if (status)
            restored += (restored.empty() ? "" : ", ") + file.file->path;
        else
            failures += " Could not restore " + status.error() + "; its new text stays on disk.";
    }
    std::string message;
    if (!restored.empty())
        message += " The files already replaced were restored: " + restored + ".";
    return message + (failures.empty() ? std::string(" No file was changed.") : failures);
}

MultiFileSaveResult failedSave(const std::string &path, const std::string &reason,
                               const std::string &suffix)
{
    MultiFileSaveResult result;
    result.failedPath = path;
    result.error = "Could not save " + path + ": " + reason + "." + suffix;
    return result;
}

} // namespace

MultiFileSaveResult saveTextsAllOrNone(const std::vector<FileText> &files,
                                       const SaveFaultHook &faultHook)
{
    std::vector<FileBytes> bytes;
    bytes.reserve(files.size());
    for (const FileText &entry : files) {
        bytes.push_back(FileBytes { entry.file->path(), entry.file->originalBytes(),
                                    entry.file->encodeForDisk(entry.newText) });
    }
    return writeBytesAllOrNone(bytes, faultHook);
}

MultiFileSaveResult writeBytesAllOrNone(const std::vector<FileBytes> &files,
                                        const SaveFaultHook &faultHook)
{
    std::vector<PendingFile> pending;
    std::set<std::string> targets;

    // Check every file before writing anything, so a stale file stops the save at no cost.
    for (const FileBytes &entry : files) {
        const std::string &path = entry.path;
        std::string reason = injectedFault(faultHook, SaveStep::Check, path);
        const std::string target = reason.empty() ? resolveTarget(path, reason) : std::string();
        if (reason.empty() && !targets.insert(target).second)
            reason = "the file is listed twice";
        std::string current;
        if (reason.empty()) {
            if (const int error = readAll(target, current); error != 0)
                reason = "cannot read the file to check it before saving: " + errnoText(error);
            else if (current != entry.expectedBytes)
                reason = "the file changed on disk since it was read; reload it before saving";
        }
        if (!reason.empty())
            return failedSave(path, reason, " No file was changed.");
        pending.push_back(PendingFile { &entry, target, {}, false });
    }

    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::string &path = files[i].path;
        std::string reason = injectedFault(faultHook, SaveStep::WriteTemporary, path);
        if (reason.empty())
            reason = writeTemporary(pending[i], files[i].newBytes);
        if (!reason.empty())
            return failedSave(path, reason, rollBack(pending));
    }

    // NOTE: another program can still change a file between the check above and its rename,
    // because POSIX has no compare-and-swap for file contents.
    for (PendingFile &file : pending) {
        const std::string &path = file.file->path;
        std::string reason = injectedFault(faultHook, SaveStep::Rename, path);
        if (reason.empty() && ::rename(file.temporary.c_str(), file.target.c_str()) != 0)
            reason = "cannot replace the file: " + errnoText(errno);
        if (!reason.empty())
            return failedSave(path, reason, rollBack(pending));
        file.temporary.clear();
        file.renamed = true;
    }

    MultiFileSaveResult result;
    std::set<std::string> folders;
    for (const PendingFile &file : pending) {
        folders.insert(folderOf(file.target));
        result.written.push_back(file.file->path);
    }
    for (const std::string &folder : folders)
        syncFolder(folder);
    return result;
}

} // namespace compliance
