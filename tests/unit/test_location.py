"""Spotting a database on a network drive or in a cloud-synced folder, on each platform."""

import platform
from pathlib import Path

import pytest

from revmentor_desktop.core.db.location import (
    DRIVE_REMOTE,
    mounts,
    storage_risk,
    storage_warning,
    storage_warning_line,
)

DRIVE_FIXED = 3

# /proc/self/mountinfo as Linux writes it: a mount point's spaces come as \040.
MOUNTINFO = r"""
27 1 254:0 / / rw,relatime - ext4 /dev/vda rw
40 27 0:45 / /mnt/team rw,relatime shared:80 - nfs4 nas:/export/team rw,vers=4.2
41 40 254:1 / /mnt/team/local rw,relatime - ext4 /dev/vdb rw
42 27 0:46 / /mnt/finance\040share rw,relatime - cifs //nas/finance rw,vers=3.1.1
43 27 0:47 / /home/ann/remote rw,nosuid - fuse.sshfs ann@server:/srv rw,user_id=1000
44 27 0:48 / /mnt/c rw,noatime - 9p drvfs rw,aname=drvfs;path=C:\;uid=1000
45 27 0:49 / /mnt/host rw,relatime - 9p hostshare rw,trans=virtio
46 27 0:50 / /home/ann/gdrive rw,nosuid - fuse.rclone gdrive: rw
""".strip()

# /proc/mounts, the older table.
PROC_MOUNTS = """
/dev/vda / ext4 rw,relatime 0 0
//nas/hr /srv/hr smb3 rw,vers=3.0 0 0
""".strip()

# macOS's `mount`.
MAC_MOUNT = """
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//ann@nas._smb._tcp.local/Team Share on /Volumes/Team Share (smbfs, nodev, nosuid, mounted by ann)
nas:/export on /Volumes/export (nfs, asynchronous)
afp_0TQ on /Volumes/Old (afpfs, nodev, nosuid, mounted by ann)
https://dav.example.org/files on /Volumes/files (webdav, nodev, noexec, nosuid, mounted by ann)
map -hosts on /net (autofs, nosuid, automounted, nobrowse)
""".strip()


def linux(path, table=MOUNTINFO, home="/home/ann"):
    return storage_risk(path, system="Linux", mount_table=table, home=home)


def mac(path):
    return storage_risk(path, system="Darwin", mount_table=MAC_MOUNT, home="/Users/ann")


def windows(path, drive=DRIVE_FIXED):
    return storage_risk(
        path, system="Windows", drive_type=lambda root: drive, home="C:\\Users\\Ann"
    )


def test_mount_tables_are_read_in_each_format():
    assert ("/mnt/finance share", "cifs") in mounts(MOUNTINFO)
    assert ("/mnt/c", "drvfs") in mounts(MOUNTINFO)
    assert ("/srv/hr", "smb3") in mounts(PROC_MOUNTS)
    assert ("/Volumes/Team Share", "smbfs") in mounts(MAC_MOUNT)
    assert ("/net", "autofs") in mounts(MAC_MOUNT)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/team/rm/revmentor.sqlite", "nfs4"),
        ("/mnt/finance share/revmentor.sqlite", "cifs"),
        ("/home/ann/remote/revmentor.sqlite", "fuse.sshfs"),
        ("/mnt/host/revmentor.sqlite", "9p"),
        ("/home/ann/gdrive/revmentor.sqlite", "fuse.rclone"),
    ],
)
def test_linux_network_file_systems(path, kind):
    risk = linux(path)
    assert risk.network and risk.what == f"on a network drive ({kind})"


def test_linux_local_disks_are_safe():
    assert linux("/home/ann/.local/share/RevMentor/revmentor.sqlite") is None
    # A local disk mounted inside a network share is the local disk.
    assert linux("/mnt/team/local/revmentor.sqlite") is None
    # WSL's view of Windows's own C: drive is this computer's disk.
    assert linux("/mnt/c/Users/ann/revmentor.sqlite") is None
    assert linux("/srv/hr/revmentor.sqlite", PROC_MOUNTS).what == "on a network drive (smb3)"
    assert linux("/srv/revmentor.sqlite", PROC_MOUNTS) is None


@pytest.mark.parametrize(
    ("path", "what"),
    [
        ("/Volumes/Team Share/RevMentor/revmentor.sqlite", "on a network drive (smbfs)"),
        ("/Volumes/export/revmentor.sqlite", "on a network drive (nfs)"),
        ("/Volumes/Old/revmentor.sqlite", "on a network drive (afpfs)"),
        ("/Volumes/files/revmentor.sqlite", "on a network drive (webdav)"),
    ],
)
def test_macos_network_volumes(path, what):
    assert mac(path).what == what


@pytest.mark.parametrize(
    ("path", "service"),
    [
        ("/Users/ann/Library/Mobile Documents/com~apple~CloudDocs/rm.sqlite", "iCloud Drive"),
        ("/Users/ann/Library/CloudStorage/OneDrive-Contoso/rm.sqlite", "a cloud storage service"),
        ("/Users/ann/Library/CloudStorage/GoogleDrive-ann@x.org/My Drive/rm.sqlite",
         "a cloud storage service"),
        ("/Users/ann/Dropbox/RevMentor/rm.sqlite", "Dropbox"),
        ("/Users/ann/iCloud Drive/rm.sqlite", "iCloud Drive"),
    ],
)  # fmt: skip
def test_macos_cloud_folders(path, service):
    risk = mac(path)
    assert not risk.network and risk.what == f"in a folder {service} keeps in sync"
    assert mac("/Users/ann/Library/Application Support/RevMentor/rm.sqlite") is None


@pytest.mark.parametrize(
    "path",
    [r"\\nas\team\RevMentor\revmentor.sqlite", "//nas/team/revmentor.sqlite",
     r"\\?\UNC\nas\team\revmentor.sqlite"],
)  # fmt: skip
def test_windows_network_shares(path):
    assert windows(path).what == "on a network share"


def test_windows_mapped_network_drive():
    assert windows(r"Z:\RevMentor\revmentor.sqlite", DRIVE_REMOTE).what == (
        "on a mapped network drive"
    )
    assert windows(r"D:\RevMentor\revmentor.sqlite", DRIVE_FIXED) is None
    appdata = r"C:\Users\Ann\AppData\Roaming\RevMentor\revmentor.sqlite"
    assert windows(appdata) is None


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        (r"C:\Users\Ann\OneDrive", "OneDrive"),
        (r"C:\Users\Ann\OneDrive - Contoso Ltd\HR", "OneDrive"),
        (r"C:\Users\Ann\Dropbox (Contoso)\HR", "Dropbox"),
        (r"C:\Users\Ann\Google Drive", "Google Drive"),
        (r"G:\My Drive\HR", "Google Drive"),
        (r"C:\Users\Ann\GoogleDrive", "Google Drive"),
        (r"C:\Users\Ann\iCloudDrive", "iCloud Drive"),
        (r"C:\Users\Ann\Nextcloud\HR", "Nextcloud"),
        (r"C:\Users\Ann\ownCloud", "ownCloud"),
        (r"P:\pCloud Drive", "pCloud"),
        (r"C:\Users\Ann\Box", "Box"),
        (r"C:\Users\Ann\Sync\HR", "a sync tool"),
    ],
)
def test_windows_cloud_folders(folder, service):
    assert windows(folder + r"\revmentor.sqlite").what == f"in a folder {service} keeps in sync"


def test_home_folder_named_like_a_service_is_not_one():
    assert linux("/home/box/.local/share/RevMentor/revmentor.sqlite", home="/home/box") is None
    assert linux("/home/box/Dropbox/revmentor.sqlite", home="/home/box").what == (
        "in a folder Dropbox keeps in sync"
    )
    assert linux("/home/ann/Documents/Boxes/revmentor.sqlite") is None


def test_dropbox_marker_names_a_renamed_dropbox_folder(tmp_path):
    synced = tmp_path / "Work files"  # a Dropbox folder the user renamed
    (synced / "HR").mkdir(parents=True)
    (synced / ".dropbox").write_text('{"tag": "dropbox"}')
    settings = tmp_path / "elsewhere"  # ~/.dropbox is Dropbox's settings folder: not synced
    (settings / ".dropbox").mkdir(parents=True)
    here = platform.system()
    table = "" if here != "Windows" else None
    risk = storage_risk(synced / "HR" / "revmentor.sqlite", mount_table=table, home=tmp_path)
    assert risk.what == "in a folder Dropbox keeps in sync"
    assert storage_risk(settings / "revmentor.sqlite", mount_table=table, home=tmp_path) is None


def test_this_computers_temporary_folder_is_safe(tmp_path):
    assert storage_risk(tmp_path / "revmentor.sqlite") is None


def test_the_warning_says_why_and_what_to_do(data_folder):
    path = "/mnt/team/revmentor.sqlite"
    text = storage_warning(path, system="Linux", mount_table=MOUNTINFO)
    assert text.startswith(f"The database is on a network drive (nfs4):\n{path}\n\n")
    assert "corrupt" in text and "backups keep the copies" in text
    assert f"RevMentor's data folder on this computer, {data_folder}," in text
    moved = storage_warning(path, system="Linux", mount_table=MOUNTINFO,
                            data_folder=Path("/mnt/team"))  # fmt: skip
    assert "Move RevMentor's data folder to this computer's own disk" in moved
    cloud = storage_warning(r"C:\Users\Ann\OneDrive\rm.sqlite", system="Windows",
                            drive_type=lambda root: DRIVE_FIXED)  # fmt: skip
    assert "OneDrive keeps in sync" in cloud and "halfway through writing" in cloud
    line = storage_warning_line(path, system="Linux", mount_table=MOUNTINFO)
    assert "\n" not in line and line.startswith("WARNING: the database is on a network drive")
    local = "/home/ann/revmentor.sqlite"
    assert storage_warning(local, system="Linux", mount_table=MOUNTINFO) is None
    assert storage_warning_line(local, system="Linux", mount_table=MOUNTINFO) is None
