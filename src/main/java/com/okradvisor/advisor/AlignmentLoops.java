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
 * Finds objectives that align to each other in a loop (A → B → A), each elementary loop once,
 * starting from its lowest key. As in Johnson's algorithm, the search runs only inside strongly
 * connected parts of the alignment graph (Tarjan, linear time): a portfolio without loops costs one
 * pass, and after the loops through a part's lowest key are found, that key is removed and the rest
 * is cut into parts again. Both searches are iterative, so a long alignment chain cannot overflow the stack.
 */
final class AlignmentLoops {

    private final Map<String, List<String>> parents;

    private AlignmentLoops(Map<String, List<String>> parents) {
        this.parents = parents;
    }

    static List<AlignmentLoopFact> find(Portfolio portfolio) {
        Map<String, List<String>> parents = new HashMap<>();
        for (Objective objective : portfolio.objectives()) {
            List<String> known = objective.parentKeys().stream()
                    .distinct().filter(key -> portfolio.objective(key).isPresent()).sorted(IssueKeys.ORDER).toList();
            if (!known.isEmpty()) {
                parents.put(objective.key(), known);
            }
        }
        return new AlignmentLoops(parents).loops();
    }

    private List<AlignmentLoopFact> loops() {
        List<AlignmentLoopFact> loops = new ArrayList<>();
        Deque<Set<String>> parts = new ArrayDeque<>(new Components(parents.keySet()).find());
        while (!parts.isEmpty()) {
            Set<String> part = parts.pop();
            String start = part.stream().min(IssueKeys.ORDER).orElseThrow();
            walk(start, part, loops);
            Set<String> rest = new HashSet<>(part);
            rest.remove(start);
            parts.addAll(new Components(rest).find());
        }
        loops.sort(Comparator.comparing(AlignmentLoopFact::first, IssueKeys.ORDER));
        return loops;
    }

    private List<String> parentsWithin(String key, Set<String> within) {
        return parents.getOrDefault(key, List.of()).stream().filter(within::contains).toList();
    }

    /** Every loop from {@code start} back to it through the members of {@code part}. */
    private void walk(String start, Set<String> part, List<AlignmentLoopFact> loops) {
        List<String> path = new ArrayList<>(List.of(start));
        Set<String> onPath = new HashSet<>(path);
        Deque<Frame> frames = new ArrayDeque<>();
        frames.push(new Frame(start, parentsWithin(start, part)));
        while (!frames.isEmpty()) {
            Frame frame = frames.peek();
            if (!frame.hasNext()) {
                frames.pop();
                onPath.remove(frame.key);
                path.remove(path.size() - 1);
                continue;
            }
            String parent = frame.next();
            if (parent.equals(start)) {
                List<String> loop = new ArrayList<>(path);
                loop.add(start);
                loops.add(new AlignmentLoopFact(loop));
            } else if (onPath.add(parent)) {
                path.add(parent);
                frames.push(new Frame(parent, parentsWithin(parent, part)));
            }
        }
    }

    /** Tarjan's strongly connected components of the graph restricted to some keys; only parts that hold a loop. */
    private final class Components {
        private final Set<String> within;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> lowLink = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<Set<String>> found = new ArrayList<>();

        Components(Set<String> within) {
            this.within = within;
        }

        List<Set<String>> find() {
            for (String key : within) {
                if (!index.containsKey(key)) {
                    connect(key);
                }
            }
            return found;
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
            frames.push(new Frame(key, parentsWithin(key, within)));
        }

        private void close(String key) {
            Set<String> part = new HashSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                part.add(member);
            } while (!member.equals(key));
            if (part.size() > 1 || parentsWithin(key, within).contains(key)) {
                found.add(part);
            }
        }
    }

    /** Where an iterative search stands at one key: which of its parents comes next. */
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
