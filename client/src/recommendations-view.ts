/**
 * The "Recommendations" view in the Explorer: the active draft's
 * recommendations with the findings that support them. Follows the active
 * draft as it changes; a click jumps to the text.
 */
import * as vscode from 'vscode';
import { readMap, type RecommendationMap, type WireRange } from './map-types';
import { buildTree, treeMessage, type TreeIcon, type TreeNode } from './recommendation-tree';

export const VIEW_ID = 'inspectionReport.recommendations';
export const MAP_COMMAND = 'inspectionReport.recommendationMap';

const ICONS: Record<TreeIcon, vscode.ThemeIcon> = {
  recommendation: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  unsupported: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  finding: new vscode.ThemeIcon('symbol-number'),
  citation: new vscode.ThemeIcon('references'),
  weak: new vscode.ThemeIcon('question'),
  part: new vscode.ThemeIcon('list-tree'),
};

export function toRange(r: WireRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export class RecommendationsView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private nodes: TreeNode[] = [];
  private uri: vscode.Uri | undefined;
  private map: RecommendationMap | undefined;
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<TreeNode>;
  private generation = 0;

  constructor(private readonly fetch: (uri: vscode.Uri) => Promise<unknown>) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
  }

  /** The nodes shown now (for tests and the map command). */
  get current(): { uri?: vscode.Uri; map?: RecommendationMap; nodes: readonly TreeNode[] } {
    return { uri: this.uri, map: this.map, nodes: this.nodes };
  }

  /** Shows the map of a draft, or clears the view when `uri` is undefined. */
  async show(uri: vscode.Uri | undefined): Promise<void> {
    const generation = ++this.generation;
    let map: RecommendationMap | undefined;
    if (uri) {
      try {
        map = readMap(await this.fetch(uri));
      } catch {
        map = undefined;
      }
    }
    if (generation !== this.generation) return; // a newer request is on its way
    this.uri = uri;
    this.map = map;
    this.nodes = map ? buildTree(map) : [];
    this.view.message = treeMessage(map);
    this.view.description = uri ? uri.path.split('/').pop() : undefined;
    this.changed.fire(undefined);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      node.label,
      node.children.length ? (node.icon === 'part' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = ICONS[node.icon];
    item.contextValue = node.icon;
    if (node.range && this.uri) {
      item.command = {
        command: 'vscode.open',
        title: 'Go to the text',
        arguments: [this.uri, { selection: toRange(node.range), preserveFocus: false } satisfies vscode.TextDocumentShowOptions],
      };
    }
    return item;
  }

  getChildren(node?: TreeNode): TreeNode[] {
    return node ? [...node.children] : this.nodes;
  }

  dispose(): void {
    this.view.dispose();
    this.changed.dispose();
  }
}
