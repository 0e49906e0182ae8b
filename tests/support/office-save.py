"""Open a document in LibreOffice and store it with a filter and, optionally, a password.

Run with Debian's Python (it has LibreOffice's `uno` module): /usr/bin/python3 office-save.py SRC DST FILTER [PASSWORD]
`soffice --convert-to` cannot set a password; this starts a private headless soffice and stores through UNO.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    """A UNO PropertyValue."""
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    """The component context of the soffice listening on `port`, waiting for it to start."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(120):
        try:
            return resolver.resolve(f'uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext')
        except Exception:
            time.sleep(0.5)
    raise RuntimeError('soffice did not start')


def main():
    src, dst, filter_name = sys.argv[1:4]
    password = sys.argv[4] if len(sys.argv) > 4 else None
    port = 20000 + os.getpid() % 10000
    with tempfile.TemporaryDirectory() as profile:
        office = subprocess.Popen(['soffice', f'-env:UserInstallation=file://{profile}', '--headless', '--norestore',
                                   f'--accept=socket,host=127.0.0.1,port={port};urp;'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            desktop = connect(port).ServiceManager.createInstance('com.sun.star.frame.Desktop')
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), '_blank', 0, (prop('Hidden', True),))
            args = [prop('FilterName', filter_name)] + ([prop('Password', password)] if password else [])
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), tuple(args))
            doc.close(True)
            try:
                desktop.terminate()
            except Exception:
                pass
            office.wait(timeout=60)
        finally:
            if office.poll() is None:
                office.kill()


main()
