"""Splitting codings into segments that carry one set of codes each."""

from workbench.domain.segments import Segment, segments


def seg(start, end, *codes):
    return Segment(start, end, frozenset(codes))


def test_no_spans_no_segments():
    assert segments([]) == []


def test_single_span():
    assert segments([(3, 8, 1)]) == [seg(3, 8, 1)]


def test_overlapping_spans_split_into_three():
    assert segments([(0, 10, 1), (5, 15, 2)]) == [seg(0, 5, 1), seg(5, 10, 1, 2), seg(10, 15, 2)]


def test_nested_span():
    assert segments([(0, 20, 1), (5, 10, 2)]) == [seg(0, 5, 1), seg(5, 10, 1, 2), seg(10, 20, 1)]


def test_input_order_does_not_matter():
    spans = [(5, 15, 2), (12, 30, 3), (0, 10, 1)]
    assert segments(spans) == segments(sorted(spans)) == segments(reversed(spans))
    assert segments(spans) == [
        seg(0, 5, 1), seg(5, 10, 1, 2), seg(10, 12, 2), seg(12, 15, 2, 3), seg(15, 30, 3),
    ]


def test_gap_between_spans_gives_no_segment():
    assert segments([(0, 3, 1), (5, 8, 1)]) == [seg(0, 3, 1), seg(5, 8, 1)]


def test_adjacent_pieces_with_same_codes_are_joined():
    assert segments([(0, 5, 1), (5, 10, 1)]) == [seg(0, 10, 1)]
    # Same set {1, 2} on both sides of a boundary where codings change hands.
    assert segments([(0, 10, 1), (0, 5, 2), (5, 10, 2)]) == [seg(0, 10, 1, 2)]


def test_adjacent_pieces_with_different_codes_stay_apart():
    assert segments([(0, 5, 1), (5, 10, 2)]) == [seg(0, 5, 1), seg(5, 10, 2)]


def test_same_code_overlapping_itself_counts_once():
    assert segments([(0, 10, 1), (5, 15, 1)]) == [seg(0, 15, 1)]
    # The code stays active until its last coding ends.
    assert segments([(0, 10, 1), (2, 4, 1), (2, 6, 2)]) == [seg(0, 2, 1), seg(2, 6, 1, 2), seg(6, 10, 1)]


def test_empty_and_reversed_spans_are_ignored():
    assert segments([(5, 5, 1), (7, 3, 2)]) == []
    assert segments([(0, 10, 1), (4, 4, 2), (6, 2, 3)]) == [seg(0, 10, 1)]


def test_segments_cover_exactly_the_coded_positions():
    spans = [(0, 7, 1), (3, 12, 2), (10, 20, 3), (25, 30, 1), (26, 28, 4)]
    result = segments(spans)
    for s in result:
        assert s.start < s.end
        for pos in range(s.start, s.end):
            assert s.codes == frozenset(c for a, b, c in spans if a <= pos < b)
    covered = {p for s in result for p in range(s.start, s.end)}
    assert covered == {p for a, b, _ in spans for p in range(a, b)}
    assert [s.start for s in result] == sorted(s.start for s in result)
