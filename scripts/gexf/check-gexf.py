#!/usr/bin/env python3
"""check-gexf.py FILE.gexf [--expect-nodes N] [--expect-edges M]

Validates a GEXF 1.3 file the way the project's tests need it:
  1. well-formed XML with the GEXF 1.3 namespace and version="1.3";
  2. xmllint --schema against the vendored XSD (1.3/gexf.xsd beside this file);
  3. what the XSD cannot say: unique node and edge ids, edge endpoints are
     nodes, count="" matches, every attvalue names a declared attribute;
  4. networkx.read_gexf reads it with the same node and edge counts;
  5. --expect-nodes / --expect-edges.
Prints one "FAIL: ..." line per problem, then "gexf FAILED: ..." (exit 1), or
"gexf ok: ..." (exit 0). Exit 2: usage or environment error (no xmllint, no
python with networkx).

Needs xmllint (Debian libxml2-utils) and a Python 3 with networkx; when this
interpreter has no networkx, the script re-runs itself under another python3
that has (Debian's python3-networkx is installed for /usr/bin/python3).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.realpath(__file__))
NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
NS_12 = "http://www.gexf.net/1.2draft"
CANDIDATE_PYTHONS = ["python3", "/usr/bin/python3", "/usr/local/bin/python3"]


def import_networkx():
    try:
        import networkx  # noqa: F401

        return networkx
    except ImportError:
        return None


def reexec_with_networkx():
    """Runs this script under the first other python3 that has networkx; None if there is none."""
    tried = {os.path.realpath(sys.executable)}
    if os.environ.get("CHECK_GEXF_REEXEC"):
        return None
    for candidate in CANDIDATE_PYTHONS:
        path = shutil.which(candidate)
        if path is None or os.path.realpath(path) in tried:
            continue
        tried.add(os.path.realpath(path))
        probe = subprocess.run([path, "-c", "import networkx"], capture_output=True)
        if probe.returncode == 0:
            env = dict(os.environ, CHECK_GEXF_REEXEC="1")
            return subprocess.run([path, os.path.realpath(__file__)] + sys.argv[1:], env=env).returncode
    return None


def q(local):
    return "{%s}%s" % (NS, local)


def schema_check(path, problems):
    """xmllint against the vendored XSD. The official 1.3 XSDs declare the viz
    elements in the main namespace (viz.xsd has no targetNamespace), so a
    correct <viz:color> never validates as written: the viz prefix is bound to
    the main namespace in a temporary copy (the xmlns declaration only, so line
    numbers stay) before validation."""
    with open(path, "rb") as f:
        raw = f.read()
    rebound = raw.replace(('xmlns:viz="%s"' % VIZ_NS).encode(), ('xmlns:viz="%s"' % NS).encode(), 1)
    with tempfile.NamedTemporaryFile(suffix=".gexf", delete=False) as tmp:
        tmp.write(rebound)
    try:
        run = subprocess.run(
            ["xmllint", "--noout", "--nonet", "--schema", os.path.join(HERE, "1.3", "gexf.xsd"), tmp.name],
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(tmp.name)
    if run.returncode != 0:
        before = len(problems)
        for line in run.stderr.splitlines():
            if line.strip() and not line.endswith("fails to validate"):
                problems.append("schema: " + line.replace(tmp.name, os.path.basename(path)))
        if len(problems) == before:
            problems.append("schema: xmllint exit %d" % run.returncode)
        return False
    return True


def structure_check(root, problems):
    if root.tag != q("gexf"):
        problems.append("root element is %s, expected <gexf> in namespace %s" % (root.tag, NS))
        return 0, 0
    if root.get("version") != "1.3":
        problems.append('version="%s", expected "1.3"' % root.get("version"))
    graph = root.find(q("graph"))
    if graph is None:
        problems.append("no <graph>")
        return 0, 0
    declared = {"node": set(), "edge": set()}
    for attributes in graph.findall(q("attributes")):
        cls = attributes.get("class")
        for attribute in attributes.findall(q("attribute")):
            declared.setdefault(cls, set()).add(attribute.get("id"))
    node_ids = set()
    nodes = edges = 0
    for node in counted_items(graph, "node", problems):
        nodes += 1
        nid = node.get("id")
        if nid in node_ids:
            problems.append("duplicate node id %r" % nid)
        node_ids.add(nid)
        check_attvalues(node, "node", declared, problems)
    edge_ids = set()
    for edge in counted_items(graph, "edge", problems):
        edges += 1
        eid = edge.get("id")
        if eid is not None and eid in edge_ids:
            problems.append("duplicate edge id %r" % eid)
        edge_ids.add(eid)
        for end in ("source", "target"):
            if edge.get(end) not in node_ids:
                problems.append("edge %r: %s %r is not a node" % (eid, end, edge.get(end)))
        check_attvalues(edge, "edge", declared, problems)
    return nodes, edges


def counted_items(graph, tag, problems):
    """The <node> (or <edge>) elements of every <nodes> (<edges>) container, checking each container's count."""
    for container in graph.findall(q(tag + "s")):
        items = container.findall(q(tag))
        count = container.get("count")
        if count is not None and count != str(len(items)):
            problems.append('<%ss count="%s"> holds %d %ss' % (tag, count, len(items), tag))
        yield from items


def check_attvalues(element, cls, declared, problems):
    for attvalues in element.findall(q("attvalues")):
        for attvalue in attvalues.findall(q("attvalue")):
            if attvalue.get("for") not in declared.get(cls, set()):
                problems.append(
                    "%s %r: attvalue for=%r is not a declared %s attribute"
                    % (cls, element.get("id"), attvalue.get("for"), cls)
                )


def networkx_check(nx, path, nodes, edges, problems):
    """networkx 3.x reads GEXF 1.3. Debian's networkx 2.8 knows only 1.1draft
    and 1.2draft, so it reads a copy whose namespace says 1.2draft (1.3 added
    no element that graphology-gexf writes and 2.8 cannot read)."""
    from networkx.readwrite.gexf import GEXF

    known = {d["NS_GEXF"] for d in GEXF.versions.values()}
    target = path
    tmp = None
    if NS not in known:
        with open(path, "rb") as f:
            raw = f.read()
        raw = raw.replace(VIZ_NS.encode(), (NS_12 + "/viz").encode())
        raw = raw.replace(('"%s"' % NS).encode(), ('"%s"' % NS_12).encode())
        raw = raw.replace(b'version="1.3"', b'version="1.2"', 1)
        tmp = tempfile.NamedTemporaryFile(suffix=".gexf", delete=False)
        tmp.write(raw)
        tmp.close()
        target = tmp.name
    try:
        graph = nx.read_gexf(target)
    except Exception as error:  # networkx raises KeyError, ValueError, NetworkXError...
        problems.append("networkx %s read_gexf failed: %s: %s" % (nx.__version__, type(error).__name__, error))
        return "networkx read FAILED"
    finally:
        if tmp is not None:
            os.unlink(tmp.name)
    if graph.number_of_nodes() != nodes:
        problems.append("networkx read %d nodes, the file has %d" % (graph.number_of_nodes(), nodes))
    if graph.number_of_edges() != edges:
        problems.append("networkx read %d edges, the file has %d" % (graph.number_of_edges(), edges))
    return "networkx %s read ok" % nx.__version__


def main():
    parser = argparse.ArgumentParser(prog="check-gexf.py", description="Validate a GEXF 1.3 file.")
    parser.add_argument("file")
    parser.add_argument("--expect-nodes", type=int)
    parser.add_argument("--expect-edges", type=int)
    args = parser.parse_args()

    nx = import_networkx()
    if nx is None:
        status = reexec_with_networkx()
        if status is not None:
            return status
        print("check-gexf.py: no python3 with networkx (run scripts/install-system-deps.sh)", file=sys.stderr)
        return 2
    if shutil.which("xmllint") is None:
        print("check-gexf.py: xmllint not found (run scripts/install-system-deps.sh)", file=sys.stderr)
        return 2
    if not os.path.isfile(args.file):
        print("check-gexf.py: %s: no such file" % args.file, file=sys.stderr)
        return 2

    problems = []
    try:
        root = ET.parse(args.file).getroot()
    except ET.ParseError as error:
        print("FAIL: not well-formed XML: %s" % error)
        print("gexf FAILED: %s" % args.file)
        return 1
    nodes, edges = structure_check(root, problems)
    schema_ok = schema_check(args.file, problems)
    reader = networkx_check(nx, args.file, nodes, edges, problems)
    if args.expect_nodes is not None and args.expect_nodes != nodes:
        problems.append("expected %d nodes, found %d" % (args.expect_nodes, nodes))
    if args.expect_edges is not None and args.expect_edges != edges:
        problems.append("expected %d edges, found %d" % (args.expect_edges, edges))
    for problem in problems:
        print("FAIL: %s" % problem)
    if problems:
        print("gexf FAILED: %d problem(s) in %s" % (len(problems), args.file))
        return 1
    print(
        "gexf ok: version 1.3, %d nodes, %d edges, schema %s, %s"
        % (nodes, edges, "valid" if schema_ok else "INVALID", reader)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
