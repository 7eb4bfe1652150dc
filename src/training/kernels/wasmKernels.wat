;; Kernels for tfjs's WASM backend, reading and writing tensors in place in its own memory at
;; byte offsets (see src/training/wasmKernels.ts for why they exist).
;;
;; batchMatMul: C[t] = A[t] · B[t] for t < batch: A is m × k, B is k × n, C is m × n, all row-major float32,
;; contiguous, at byte offsets a, b and c; n % 4 == 0.
;; WASM SIMD (f32x4): each row of C is built 16 columns at a time (4 accumulators) while 16 fit,
;; then 4 at a time, with A's element broadcast over B's row. The sum over k runs in blocks of 48
;; added together, in the order of tfjs's own loop (batch_mat_mul_impl.cc, kBlockSize 48), so the
;; result is the same to the bit and a seed trains the same model as before.
(module
  (import "env" "memory" (memory 1 MEMORY_LIMITS))
  (func (export "batchMatMul")
    (param $a i32) (param $b i32) (param $c i32)
    (param $batch i32) (param $m i32) (param $k i32) (param $n i32)
    (local $t i32) (local $i i32) (local $j i32) (local $p i32)
    (local $rowA i32) (local $bt i32) (local $colB i32) (local $pa i32) (local $pb i32)
    (local $rowC i32) (local $rowBytes i32)
    (local $left i32)
    (local $x v128) (local $s0 v128) (local $s1 v128) (local $s2 v128) (local $s3 v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $rowBytes (i32.shl (local.get $n) (i32.const 2)))
    (local.set $t (i32.const 0))
    (block $doneT (loop $eachT
      (br_if $doneT (i32.ge_u (local.get $t) (local.get $batch)))
      (local.set $i (i32.const 0))
      (block $doneI (loop $eachI
        (br_if $doneI (i32.ge_u (local.get $i) (local.get $m)))
        (local.set $j (i32.const 0))
        ;; 16 columns at a time
        (block $done16 (loop $each16
          (br_if $done16 (i32.gt_u (i32.add (local.get $j) (i32.const 16)) (local.get $n)))
          (local.set $s0 (v128.const i32x4 0 0 0 0))
          (local.set $s1 (v128.const i32x4 0 0 0 0))
          (local.set $s2 (v128.const i32x4 0 0 0 0))
          (local.set $s3 (v128.const i32x4 0 0 0 0))
          (local.set $pa (local.get $a))
          (local.set $pb (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
          (local.set $left (local.get $k))
          (block $doneK (loop $eachK
            (br_if $doneK (i32.eqz (local.get $left)))
            (local.set $p (select (i32.const 48) (local.get $left) (i32.gt_u (local.get $left) (i32.const 48))))
            (local.set $left (i32.sub (local.get $left) (local.get $p)))
            (local.set $t0 (v128.const i32x4 0 0 0 0))
            (local.set $t1 (v128.const i32x4 0 0 0 0))
            (local.set $t2 (v128.const i32x4 0 0 0 0))
            (local.set $t3 (v128.const i32x4 0 0 0 0))
            (block $doneP (loop $eachP
              (br_if $doneP (i32.eqz (local.get $p)))
              (local.set $x (f32x4.splat (f32.load (local.get $pa))))
              (local.set $t0 (f32x4.add (local.get $t0) (f32x4.mul (local.get $x) (v128.load (local.get $pb)))))
              (local.set $t1 (f32x4.add (local.get $t1) (f32x4.mul (local.get $x) (v128.load offset=16 (local.get $pb)))))
              (local.set $t2 (f32x4.add (local.get $t2) (f32x4.mul (local.get $x) (v128.load offset=32 (local.get $pb)))))
              (local.set $t3 (f32x4.add (local.get $t3) (f32x4.mul (local.get $x) (v128.load offset=48 (local.get $pb)))))
              (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
              (local.set $pb (i32.add (local.get $pb) (local.get $rowBytes)))
              (local.set $p (i32.sub (local.get $p) (i32.const 1)))
              (br $eachP)))
            (local.set $s0 (f32x4.add (local.get $s0) (local.get $t0)))
            (local.set $s1 (f32x4.add (local.get $s1) (local.get $t1)))
            (local.set $s2 (f32x4.add (local.get $s2) (local.get $t2)))
            (local.set $s3 (f32x4.add (local.get $s3) (local.get $t3)))
            (br $eachK)))
          (local.set $rowC (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))))
          (v128.store (local.get $rowC) (local.get $s0))
          (v128.store offset=16 (local.get $rowC) (local.get $s1))
          (v128.store offset=32 (local.get $rowC) (local.get $s2))
          (v128.store offset=48 (local.get $rowC) (local.get $s3))
          (local.set $j (i32.add (local.get $j) (i32.const 16)))
          (br $each16)))
        ;; the rest, 4 columns at a time
        (block $done4 (loop $each4
          (br_if $done4 (i32.ge_u (local.get $j) (local.get $n)))
          (local.set $s0 (v128.const i32x4 0 0 0 0))
          (local.set $pa (local.get $a))
          (local.set $pb (i32.add (local.get $b) (i32.shl (local.get $j) (i32.const 2))))
          (local.set $left (local.get $k))
          (block $doneK4 (loop $eachK4
            (br_if $doneK4 (i32.eqz (local.get $left)))
            (local.set $p (select (i32.const 48) (local.get $left) (i32.gt_u (local.get $left) (i32.const 48))))
            (local.set $left (i32.sub (local.get $left) (local.get $p)))
            (local.set $t0 (v128.const i32x4 0 0 0 0))
            (block $doneP4 (loop $eachP4
              (br_if $doneP4 (i32.eqz (local.get $p)))
              (local.set $t0 (f32x4.add (local.get $t0)
                (f32x4.mul (f32x4.splat (f32.load (local.get $pa))) (v128.load (local.get $pb)))))
              (local.set $pa (i32.add (local.get $pa) (i32.const 4)))
              (local.set $pb (i32.add (local.get $pb) (local.get $rowBytes)))
              (local.set $p (i32.sub (local.get $p) (i32.const 1)))
              (br $eachP4)))
            (local.set $s0 (f32x4.add (local.get $s0) (local.get $t0)))
            (br $eachK4)))
          (v128.store (i32.add (local.get $c) (i32.shl (local.get $j) (i32.const 2))) (local.get $s0))
          (local.set $j (i32.add (local.get $j) (i32.const 4)))
          (br $each4)))
        ;; next row of A and C
        (local.set $a (i32.add (local.get $a) (i32.shl (local.get $k) (i32.const 2))))
        (local.set $c (i32.add (local.get $c) (local.get $rowBytes)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $eachI)))
      ;; next matrix: A and C have advanced by one matrix already; B advances here
      (local.set $b (i32.add (local.get $b) (i32.mul (local.get $k) (local.get $rowBytes))))
      (local.set $t (i32.add (local.get $t) (i32.const 1)))
      (br $eachT))))

  ;; transpose4: out[i0, i1, i2, i3] = in[i0·s0 + i1·s1 + i2·s2 + i3·s3] (strides in bytes) for
  ;; 4-byte elements, out contiguous with shape [n0, n1, n2, n3]: any transpose of rank ≤ 4
  ;; after merging the axes that stay neighbours.
  (func (export "transpose4")
    (param $in i32) (param $out i32)
    (param $n0 i32) (param $n1 i32) (param $n2 i32) (param $n3 i32)
    (param $s0 i32) (param $s1 i32) (param $s2 i32) (param $s3 i32)
    (local $i0 i32) (local $i1 i32) (local $i2 i32) (local $i3 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local.set $p0 (local.get $in))
    (local.set $i0 (local.get $n0))
    (block $done0 (loop $each0
      (br_if $done0 (i32.eqz (local.get $i0)))
      (local.set $p1 (local.get $p0))
      (local.set $i1 (local.get $n1))
      (block $done1 (loop $each1
        (br_if $done1 (i32.eqz (local.get $i1)))
        (local.set $p2 (local.get $p1))
        (local.set $i2 (local.get $n2))
        (block $done2 (loop $each2
          (br_if $done2 (i32.eqz (local.get $i2)))
          (local.set $p3 (local.get $p2))
          (local.set $i3 (local.get $n3))
          (block $done3 (loop $each3
            (br_if $done3 (i32.eqz (local.get $i3)))
            (i32.store (local.get $out) (i32.load (local.get $p3)))
            (local.set $out (i32.add (local.get $out) (i32.const 4)))
            (local.set $p3 (i32.add (local.get $p3) (local.get $s3)))
            (local.set $i3 (i32.sub (local.get $i3) (i32.const 1)))
            (br $each3)))
          (local.set $p2 (i32.add (local.get $p2) (local.get $s2)))
          (local.set $i2 (i32.sub (local.get $i2) (i32.const 1)))
          (br $each2)))
        (local.set $p1 (i32.add (local.get $p1) (local.get $s1)))
        (local.set $i1 (i32.sub (local.get $i1) (i32.const 1)))
        (br $each1)))
      (local.set $p0 (i32.add (local.get $p0) (local.get $s0)))
      (local.set $i0 (i32.sub (local.get $i0) (i32.const 1)))
      (br $each0))))
)
