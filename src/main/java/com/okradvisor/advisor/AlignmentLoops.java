package com.okradvisor.advisor;

import com.okradvisor.advisor.fact.AlignmentLoopFact;
import com.okradvisor.model.IssueKeys;
import com.okradvisor.model.Objective;
import com.okradvisor.model.Portfolio;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the groups of objectives that align to each other in a loop (A → B → A): each strongly
 * connected part of the alignment graph with more than one member, and each objective aligned to
 * itself, once. Tarjan's algorithm visits every objective and alignment once, so the search stays
 * linear however densely the objectives are linked (listing every elementary loop instead grows
 * exponentially: eleven objectives all aligned to each other hold millions). The search is iterative,
 * so a long alignment chain cannot overflow the stack.
 */
final class AlignmentLoops {

    private final Map<String, List<String>> parents;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> lowLink = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<AlignmentLoopFact> loops = new ArrayList<>();

    private AlignmentLoops(Map<String, List<String>> parents) {
        this.parents = parents;
    }

    static List<AlignmentLoopFact> find(Portfolio portfolio) {
        Map<String, List<String>> parents = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            List<String> known = objective.parentKeys().stream()
                    .distinct().filter(key -> portfolio.objective(key).isPresent()).toList();
            if (!known.isEmpty()) {
                parents.put(objective.key(), known);
            }
        }
        return new AlignmentLoops(parents).loops();
    }

    private List<AlignmentLoopFact> loops() {
        for (String key : parents.keySet()) {
            if (!index.containsKey(key)) {
                connect(key);
            }
        }
        loops.sort(Comparator.comparing(AlignmentLoopFact::first, IssueKeys.ORDER));
        return loops;
    }

    private List<String> parentsOf(String key) {
        return parents.getOrDefault(key, List.of());
    }

    private void connect(String root) {
        Deque<Frame> frames = new ArrayDeque<>();
        open(root, frames);
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (frame.hasNext()) {
                String parent = frame.next();
                if (!index.containsKey(parent)) {
                    open(parent, frames);
                } else if (onStack.contains(parent)) {
                    lowLink.merge(frame.key, index.get(parent), Math::min);
                }
                continue;
            }
            frames.pop();
            if (!frames.isEmpty()) {
                lowLink.merge(frames.peek().key, lowLink.get(frame.key), Math::min);
            }
            if (lowLink.get(frame.key).equals(index.get(frame.key))) {
                close(frame.key);
            }
        }
    }

    private void open(String key, Deque<Frame> frames) {
        index.put(key, index.size());
        lowLink.put(key, index.get(key));
        stack.push(key);
        onStack.add(key);
        frames.push(new Frame(key, parentsOf(key)));
    }

    /** Takes the part rooted at {@code key} off the stack; a loop if it has two members or aligns to itself. */
    private void close(String key) {
        List<String> part = new ArrayList<>();
        String member;
        do {
            member = stack.pop();
            onStack.remove(member);
            part.add(member);
        } while (!member.equals(key));
        if (part.size() > 1 || parentsOf(key).contains(key)) {
            part.sort(IssueKeys.ORDER);
            loops.add(new AlignmentLoopFact(part));
        }
    }

    /** Where the search stands at one key: which of its parents comes next. */
    private static final class Frame {
        private final String key;
        private final List<String> parents;
        private int next;

        Frame(String key, List<String> parents) {
            this.key = key;
            this.parents = parents;
        }

        boolean hasNext() {
            return next < parents.size();
        }

        String next() {
            return parents.get(next++);
        }
    }
}
