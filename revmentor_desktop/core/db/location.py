"""Whether a database sits on a network drive or in a cloud-synced folder, where it can break."""

from __future__ import annotations

import os
import platform
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

# File systems that reach the file over a network (Linux /proc names, macOS `mount` names).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "openafs",
    "davfs", "fuse.davfs", "fuse.davfs2", "webdav", "afpfs", "fuse.rclone", "ceph",
    "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "ncpfs", "coda",
    "fuse.s3fs", "fuse.gcsfuse", "fuse.gvfsd-fuse", "fuse.onedriver", "fuse.curlftpfs",
    "fuse.google-drive-ocamlfuse",
})  # fmt: skip

DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive

# A folder name (compared in lower case) -> the service that keeps it in sync.
_CLOUD_FOLDERS = [
    (re.compile(r"onedrive( - .+|-.+)?"), "OneDrive"),
    (re.compile(r"dropbox( \(.+\))?"), "Dropbox"),
    (re.compile(r"google ?drive(-.+)?|my drive|shared drives"), "Google Drive"),
    (re.compile(r"icloud ?drive|mobile documents|com~apple~clouddocs"), "iCloud Drive"),
    (re.compile(r"nextcloud"), "Nextcloud"),
    (re.compile(r"owncloud"), "ownCloud"),
    (re.compile(r"pcloud( ?drive)?"), "pCloud"),
    (re.compile(r"box( sync|-box)?"), "Box"),
    (re.compile(r"sync"), "a sync tool"),
    # macOS keeps every File Provider service (OneDrive, Dropbox, Google Drive, Box) here.
    (re.compile(r"cloudstorage"), "a cloud storage service"),
]


@dataclass(frozen=True)
class StorageRisk:
    """Why a folder is a risky place for a database."""

    network: bool  # a network drive, else a cloud-synced folder
    what: str  # "on a network drive (nfs4)", "in a folder OneDrive keeps in sync"


def _pure(path: str | os.PathLike[str], system: str) -> PurePath:
    """The path as `system` spells it, symbolic links followed when it is this computer's."""
    here = system == platform.system()
    if here:
        path = os.path.realpath(path)
    return PureWindowsPath(path) if system == "Windows" else PurePosixPath(path)


def cloud_service(
    path: PurePath, *, home: PurePath | None = None, look_on_disk: bool = False
) -> str | None:
    """The sync service whose folder holds `path`, from the folders' names (not the `home`
    folder's own: a user may be called "Box"), or, with `look_on_disk`, from Dropbox's
    `.dropbox` marker file in its top folder, whatever that is called."""
    skip = len(home.parts) if home is not None and path.is_relative_to(home) else 1
    for name in path.parts[skip:]:
        for pattern, service in _CLOUD_FOLDERS:
            if pattern.fullmatch(name.lower()):
                return service
    if look_on_disk:
        for folder in Path(path).parents:
            try:  # (~/.dropbox is Dropbox's settings folder, not a synced one)
                if (folder / ".dropbox").is_file() or (folder / ".dropbox.cache").is_dir():
                    return "Dropbox"
            except OSError:  # an unreadable folder tells nothing
                continue
    return None


def _unescape(field: str) -> str:
    """/proc escapes a space in a mount point as \\040 (and tab, newline, backslash alike)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def mounts(table: str) -> list[tuple[str, str]]:
    """(mount point, file system type) for each line of /proc/self/mountinfo, /proc/mounts or
    the output of macOS's `mount`."""
    found = []
    for line in table.splitlines():
        fields = line.split()
        if re.match(r"\d+ \d+ \d+:\d+ ", line) and " - " in line:
            # mountinfo: id parent major:minor root mount-point options … - type source …
            kind = (line.split(" - ", 1)[1].split() or [""])[0]
            # WSL 2 shows Windows's own disks through 9p: on this computer, not a network.
            found.append((_unescape(fields[4]), "drvfs" if "drvfs" in line else kind))
        elif mac := re.match(r".+? on (.+) \(([^,()]+)[^()]*\)$", line):  # dev on /x (type, …)
            found.append((mac.group(1), mac.group(2).strip()))
        elif len(fields) >= 3:  # /proc/mounts: source mount-point type options …
            found.append((_unescape(fields[1]), "drvfs" if "drvfs" in line else fields[2]))
    return found


def file_system(path: PurePosixPath, table: str) -> str | None:
    """The type of the file system `path` is on: that of the longest mount point above it
    (the last one mounted, where two share a mount point)."""
    best, best_type = -1, None
    for point, kind in mounts(table):
        mount = PurePosixPath(point)
        if (path == mount or mount in path.parents) and len(mount.parts) >= best:
            best, best_type = len(mount.parts), kind
    return best_type


def _mount_table(system: str) -> str:
    try:
        if system == "Linux":
            for name in ("/proc/self/mountinfo", "/proc/mounts"):
                if os.path.exists(name):
                    with open(name, encoding="utf-8", errors="replace") as table:
                        return table.read()
        else:  # macOS and the BSDs: "/dev/disk3s1 on / (apfs, local, journaled)"
            return subprocess.run(
                ["mount"], capture_output=True, text=True, timeout=5, check=False
            ).stdout
    except (OSError, subprocess.SubprocessError):
        pass
    return ""


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(root)  # type: ignore[attr-defined]


def network_drive(
    path: PurePath,
    system: str,
    *,
    mount_table: str | None = None,
    drive_type: Callable[[str], int] | None = None,
) -> str | None:
    """What shows `path` is on a network drive ("nfs4", "a network share"), or None."""
    if system == "Windows":
        drive = PureWindowsPath(path).drive
        if drive.startswith(("\\\\", "//")) and not drive.startswith(("\\\\?\\", "\\\\.\\")):
            return "a network share"  # \\server\share
        if drive.upper().startswith("\\\\?\\UNC\\"):
            return "a network share"
        if drive_type is None and os.name == "nt":
            drive_type = _windows_drive_type
        if drive.endswith(":") and drive_type is not None:
            return "a mapped network drive" if drive_type(drive + "\\") == DRIVE_REMOTE else None
        return None
    table = _mount_table(system) if mount_table is None else mount_table
    kind = file_system(PurePosixPath(path), table)
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def storage_risk(
    path: str | os.PathLike[str],
    *,
    system: str | None = None,
    mount_table: str | None = None,
    drive_type: Callable[[str], int] | None = None,
    home: str | os.PathLike[str] | None = None,
) -> StorageRisk | None:
    """Why the folder of the database at `path` is risky, or None when it is a local disk.

    `system` ("Linux", "Windows", "Darwin"), `mount_table`, `drive_type` and `home` stand in
    for this computer's in tests; by default the path is looked up here.
    """
    system = system or platform.system()
    pure = _pure(path, system)
    kind = network_drive(pure, system, mount_table=mount_table, drive_type=drive_type)
    if kind is not None:
        named = kind if kind.startswith("a ") else f"a network drive ({kind})"
        return StorageRisk(True, f"on {named}")
    here = system == platform.system()
    if home is None and here:
        home = Path.home()
    home = _pure(home, system) if home is not None else None
    service = cloud_service(pure, home=home, look_on_disk=here)
    if service is not None:
        return StorageRisk(False, f"in a folder {service} keeps in sync")
    return None


def storage_warning(
    path: str | os.PathLike[str], *, data_folder: Path | None = None, **lookup
) -> str | None:
    """Three paragraphs for the window: where the database is, why that can break it, what to
    do instead. None when the folder is safe.

    Takes `storage_risk`'s keyword arguments; `data_folder` is RevMentor's (paths.data_dir).
    """
    risk = storage_risk(path, **lookup)
    if risk is None:
        return None
    if risk.network:
        why = (
            "A network drive can lose or reorder a database's writes, and its file locks do not "
            "always keep two computers from changing the file at once: either can corrupt it."
        )
    else:
        why = (
            "A sync tool can copy the database while RevMentor is halfway through writing it, "
            "or bring back an older copy over it: either can corrupt it or lose changes."
        )
    if data_folder is None:
        from revmentor_desktop.paths import data_dir

        data_folder = data_dir()
    if Path(path).parent == Path(data_folder):
        advice = (
            "Move RevMentor's data folder to this computer's own disk (set REVMENTOR_DATA_DIR) "
            "and let RevMentor's backups keep the copies."
        )
    else:
        advice = (
            f"Keep it in RevMentor's data folder on this computer, {data_folder}, where "
            "RevMentor keeps it unless told otherwise, and let RevMentor's backups keep the "
            "copies."
        )
    return f"The database is {risk.what}:\n{path}\n\n{why}\n\n{advice}"


def storage_warning_line(path: str | os.PathLike[str], **lookup) -> str | None:
    """One line for the command line, e.g. after `revmentor check`; None when safe."""
    risk = storage_risk(path, **lookup)
    if risk is None:
        return None
    return (
        f"WARNING: the database is {risk.what}, which can corrupt it; keep it in "
        "RevMentor's own data folder and rely on its backups."
    )
